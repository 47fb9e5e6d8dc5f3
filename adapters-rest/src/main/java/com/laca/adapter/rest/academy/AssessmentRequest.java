package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.academy.port.in.AssessmentDraft;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.NegativeMarkFloor;
import com.laca.domain.academy.grading.PassMark;
import com.laca.domain.academy.grading.ScoreBand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new assessment of a course: kind (FORMATIVE practice or SUMMATIVE exam), pass mark (a percentage such as "60"),
 * grading method across attempts, attempt limit (0 = unlimited), time limit, opening and closing, grace, and the
 * paper's slots: a fixed question ({@code questionId}) or {@code count} random questions from a bank ({@code bankId}).
 */
@Schema(name = "AssessmentRequest", requiredProperties = {"courseId", "title", "kind", "passMark", "gradingMethod", "slots"})
public record AssessmentRequest(
        @NotBlank(message = "is required") String courseId,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
        @NotBlank(message = "is required") String kind,
        @NotBlank(message = "is required") String passMark,
        String negativeMarks,
        @Size(max = 10, message = "at most 10 bands") List<@Valid @NotNull(message = "must not be null")
                BandJson> bands,
        @NotBlank(message = "is required") String gradingMethod,
        @Min(value = 0, message = "must be 0-100") @Max(value = 100, message = "must be 0-100") Integer attemptLimit,
        @Min(value = 1, message = "must be 1-1440") @Max(value = 1440, message = "must be 1-1440")
        Integer timeLimitMinutes,
        String opensAt,
        String closesAt,
        @Min(value = 0, message = "must be 0-300") @Max(value = 300, message = "must be 0-300") Integer graceSeconds,
        @NotEmpty(message = "must list at least one slot") @Size(max = 200, message = "at most 200 slots")
        List<@Valid @NotNull(message = "must not be null") SlotJson> slots,
        Boolean shuffleQuestions,
        Boolean shuffleOptions) {

    /** Overall feedback from a score up. */
    @Schema(name = "ScoreBandJson", requiredProperties = {"fromPercent", "feedback"})
    public record BandJson(@NotBlank(message = "is required") String fromPercent,
                           @NotBlank(message = "is required") String feedback) {
    }

    /** A fixed question, or {@code count} random questions from a bank. */
    @Schema(name = "QuestionSlotJson")
    public record SlotJson(String questionId, String bankId, Integer count) {
    }

    AssessmentDraft toDraft() {
        try {
            return convert(new CourseId(Fields.uuid(courseId, "courseId")));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("assessment", "percentages must be decimal numbers such as 60 or 59.5");
        } catch (InvalidInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("assessment", e.getMessage() == null ? "is not valid" : e.getMessage());
        }
    }

    private AssessmentDraft convert(CourseId course) {
        PassMark mark;
        try {
            mark = PassMark.of(passMark.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("passMark", "must be a percentage between 0 and 100, e.g. 60");
        }
        GradingScheme scheme = new GradingScheme(mark, negativeMarks == null ? NegativeMarkFloor.TOTAL
                : Fields.enumValue(NegativeMarkFloor.class, negativeMarks, "negativeMarks"),
                bands == null ? List.of() : bands.stream().map(b -> ScoreBand.from(b.fromPercent(), b.feedback()))
                        .toList());
        AttemptRules rules = new AttemptRules(attemptLimit == null ? 0 : attemptLimit,
                Optional.ofNullable(timeLimitMinutes).map(Duration::ofMinutes), instant(opensAt, "opensAt"),
                instant(closesAt, "closesAt"), graceSeconds == null ? AttemptRules.DEFAULT_GRACE
                : Duration.ofSeconds(graceSeconds));
        List<QuestionSlot> converted = slots.stream().map(AssessmentRequest::slot).toList();
        return new AssessmentDraft(course, title, Fields.enumValue(AssessmentKind.class, kind, "kind"), scheme,
                Fields.enumValue(GradingMethod.class, gradingMethod, "gradingMethod"), rules,
                new Blueprint(converted, Boolean.TRUE.equals(shuffleQuestions), Boolean.TRUE.equals(shuffleOptions)));
    }

    private static QuestionSlot slot(SlotJson json) {
        if (json.questionId() != null && json.bankId() == null) {
            return new QuestionSlot.Fixed(new QuestionId(Fields.uuid(json.questionId(), "slots.questionId")));
        }
        if (json.bankId() != null && json.questionId() == null) {
            return new QuestionSlot.FromBank(new QuestionBankId(Fields.uuid(json.bankId(), "slots.bankId")),
                    Fields.required(json.count(), "slots.count"));
        }
        throw new InvalidInputException("slots", "each slot names either a questionId or a bankId with a count");
    }

    private static Optional<Instant> instant(String text, String field) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an instant such as 2026-12-01T09:00:00Z");
        }
    }
}

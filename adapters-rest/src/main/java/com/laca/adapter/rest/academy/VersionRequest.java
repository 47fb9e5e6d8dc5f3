package com.laca.adapter.rest.academy;

import com.laca.domain.academy.AssessmentId;
import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.academy.port.in.VersionDraft;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.CpdFacts;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.practice.Checklist;
import com.laca.domain.academy.practice.ChecklistItem;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.PracticalRequirement;
import com.laca.application.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of a new course version: modules of lessons, the CPD facts and what completion takes (a theory pass,
 * signed-off cases, OSCE stations). A lesson or station that keeps its {@code id} from the previous version keeps
 * learners' completions or sittings; one without an id is new.
 */
@Schema(name = "CourseVersionRequest", requiredProperties = {"modules", "cpd"})
public record VersionRequest(
        @NotEmpty(message = "must list at least one module") @Size(max = 50, message = "must be at most 50 modules")
        List<@Valid @NotNull(message = "must not be null") ModuleJson> modules,
        @NotNull(message = "is required") @Valid CpdJson cpd,
        @Min(value = 1, message = "must be 1-120 months") @Max(value = 120, message = "must be 1-120 months")
        Integer certificateValidityMonths,
        @Schema(description = "The assessment whose pass this version requires (see POST "
                + "/academy/courses/{courseId}/assessments); none: lessons only")
        String theoryAssessmentId,
        @Schema(description = "The signed-off cases this version requires per modality, and the consent and "
                + "consultation items every case must tick; none: no case log")
        @Valid PracticalJson practical,
        @Size(max = 20, message = "must be at most 20 stations")
        List<@Valid @NotNull(message = "must not be null") StationJson> stations) {

    /** What the case log must show: minimums per modality and the checklists. */
    @Schema(name = "PracticalRequirementJson", requiredProperties = {"minimums"})
    public record PracticalJson(
            @NotNull(message = "is required") @Schema(description = "signed-off cases needed per modality "
                    + "(OBSERVED, PERFORMED_UNDER_SUPERVISION, INDEPENDENT), e.g. {\"OBSERVED\": 10}")
            Map<String, @NotNull(message = "must not be null") @Min(value = 0, message = "must be 0-500")
                    @Max(value = 500, message = "must be 0-500") Integer> minimums,
            @Size(max = 30, message = "must be at most 30 items")
            List<@Valid @NotNull(message = "must not be null") ChecklistItemJson> consent,
            @Size(max = 30, message = "must be at most 30 items")
            List<@Valid @NotNull(message = "must not be null") ChecklistItemJson> consultation) {
    }

    /** One item a case must tick: a stable key and what the trainee reads. */
    @Schema(name = "ChecklistItemJson", requiredProperties = {"key", "label"})
    public record ChecklistItemJson(
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String key,
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
            String label) {
    }

    /** An OSCE station to pass; a station that keeps its {@code id} from the previous version keeps its sittings. */
    @Schema(name = "OsceStationJson", requiredProperties = {"name", "maxAttempts"})
    public record StationJson(
            String id,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String name,
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1-10")
            @Max(value = 10, message = "must be 1-10") Integer maxAttempts) {
    }

    /** A module of the request. */
    @Schema(name = "CourseModuleJson", requiredProperties = {"title", "lessons"})
    public record ModuleJson(
            String id,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
            @NotEmpty(message = "must list at least one lesson") @Size(max = 100, message = "at most 100 lessons")
            List<@Valid @NotNull(message = "must not be null") LessonJson> lessons) {
    }

    /** A lesson of the request: {@code kind} VIDEO (url), READING (text), LIVE (startsAt, durationMinutes, place) or PRACTICAL (brief). */
    @Schema(name = "LessonJson", requiredProperties = {"title", "kind"})
    public record LessonJson(
            String id,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
            Boolean required,
            @NotBlank(message = "is required") String kind,
            @Size(max = 2000, message = "must be at most 2000 characters") String url,
            @Size(max = 100_000, message = "must be at most 100000 characters") String text,
            String startsAt,
            @Min(value = 1, message = "must be 1-1440") @Max(value = 1440, message = "must be 1-1440")
            Integer durationMinutes,
            @Size(max = 500, message = "must be at most 500 characters") String place,
            @Size(max = 5000, message = "must be at most 5000 characters") String brief) {
    }

    /** The course version's accredited CPD facts. */
    @Schema(name = "CpdJson", requiredProperties = {"hours", "accreditingBody", "accreditationNumber", "level",
            "targetProfessions"})
    public record CpdJson(
            @NotNull(message = "is required") BigDecimal hours,
            BigDecimal participatoryHours,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String accreditingBody,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            String accreditationNumber,
            @NotBlank(message = "is required") String level,
            @NotEmpty(message = "must name at least one profession") List<String> targetProfessions) {
    }

    VersionDraft toDraft() {
        List<CourseModule> converted = modules.stream().map(module -> new CourseModule(
                module.id() == null ? ModuleId.random() : new ModuleId(Fields.uuid(module.id(), "modules.id")),
                module.title(), module.lessons().stream().map(VersionRequest::lesson).toList())).toList();
        CpdFacts facts = new CpdFacts(cpd.hours(), cpd.participatoryHours() == null ? BigDecimal.ZERO
                : cpd.participatoryHours(), cpd.accreditingBody(), cpd.accreditationNumber(),
                Fields.enumValue(CourseLevel.class, cpd.level(), "cpd.level"),
                Fields.enumSet(Profession.class, cpd.targetProfessions(), "cpd.targetProfessions"));
        CompletionRequirements requirements = new CompletionRequirements(Optional.ofNullable(theoryAssessmentId)
                .map(id -> new AssessmentId(Fields.uuid(id, "theoryAssessmentId"))),
                Optional.ofNullable(practical).map(VersionRequest::requirement),
                stations == null ? List.of() : stations.stream().map(station -> new OsceStation(station.id() == null
                        ? OsceStationId.random() : new OsceStationId(Fields.uuid(station.id(), "stations.id")),
                        station.name(), station.maxAttempts())).toList());
        return new VersionDraft(converted, facts, requirements,
                Optional.ofNullable(certificateValidityMonths).map(Period::ofMonths));
    }

    private static PracticalRequirement requirement(PracticalJson json) {
        Map<Modality, Integer> minimums = new EnumMap<>(Modality.class);
        json.minimums().forEach((modality, minimum) ->
                minimums.put(Fields.enumValue(Modality.class, modality, "practical.minimums"), minimum));
        return new PracticalRequirement(minimums, checklist(json.consent()), checklist(json.consultation()));
    }

    private static Checklist checklist(List<ChecklistItemJson> items) {
        return new Checklist(items == null ? List.of()
                : items.stream().map(item -> new ChecklistItem(item.key(), item.label())).toList());
    }

    private static Lesson lesson(LessonJson json) {
        LessonId id = json.id() == null ? LessonId.random() : new LessonId(Fields.uuid(json.id(), "lessons.id"));
        LessonContent content = switch (json.kind()) {
            case "VIDEO" -> new LessonContent.VideoLink(uri(Fields.required(json.url(), "lessons.url")));
            case "READING" -> new LessonContent.Reading(Fields.required(json.text(), "lessons.text"));
            case "LIVE" -> new LessonContent.LiveSession(
                    Dates.instant(Fields.required(json.startsAt(), "lessons.startsAt"), "lessons.startsAt"),
                    Duration.ofMinutes(Fields.required(json.durationMinutes(), "lessons.durationMinutes")),
                    Fields.required(json.place(), "lessons.place"));
            case "PRACTICAL" -> new LessonContent.Practical(Fields.required(json.brief(), "lessons.brief"));
            default -> throw new InvalidInputException("lessons.kind", "must be VIDEO, READING, LIVE or PRACTICAL");
        };
        return new Lesson(id, json.title(), !Boolean.FALSE.equals(json.required()), content);
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidInputException("lessons.url", "must be an https address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("lessons.url", "must be an https address");
        }
    }
}

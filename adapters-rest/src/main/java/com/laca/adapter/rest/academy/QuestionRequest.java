package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.academy.port.in.QuestionDraft;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.question.AcceptedUnit;
import com.laca.domain.academy.question.CaseRule;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Item;
import com.laca.domain.academy.question.MatchingQuestion;
import com.laca.domain.academy.question.MultipleChoiceQuestion;
import com.laca.domain.academy.question.NumericQuestion;
import com.laca.domain.academy.question.OrderingQuestion;
import com.laca.domain.academy.question.OrderingScoring;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.ShortTextQuestion;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TextAnswer;
import com.laca.domain.academy.question.Tolerance;
import com.laca.domain.academy.question.TrueFalseQuestion;
import com.laca.domain.academy.question.UnitRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One question as an author writes it. {@code type} decides which fields count: SINGLE_CHOICE and MULTIPLE_CHOICE
 * ({@code choices} with a credit each, as a decimal such as "1" or "-0.25"), TRUE_FALSE ({@code answer}), NUMERIC
 * ({@code expected}, {@code tolerance} or {@code relativeTolerance}, {@code unitRule}, {@code units}), SHORT_TEXT
 * ({@code caseRule}, {@code patterns}, first match wins), MATCHING ({@code prompts}, {@code answers},
 * {@code right}), ORDERING ({@code items} in the right order, {@code scoring}) and ESSAY ({@code graderGuidance}).
 * Marks and credits are exact decimals, never floating point.
 */
@Schema(name = "QuestionRequest", requiredProperties = {"type", "stem", "maxMarks"})
public record QuestionRequest(
        @NotBlank(message = "is required") String type,
        @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most 5000 characters") String stem,
        @NotBlank(message = "is required") String maxMarks,
        @Size(max = 20, message = "at most 20 choices") List<@Valid @NotNull(message = "must not be null")
                ChoiceJson> choices,
        Boolean answer,
        String feedbackIfTrue,
        String feedbackIfFalse,
        String expected,
        String tolerance,
        String relativeTolerance,
        String unitRule,
        @Size(max = 20, message = "at most 20 units") List<@Valid @NotNull(message = "must not be null")
                UnitJson> units,
        String feedbackIfRight,
        String feedbackIfWrong,
        String caseRule,
        @Size(max = 20, message = "at most 20 patterns") List<@Valid @NotNull(message = "must not be null")
                PatternJson> patterns,
        @Size(max = 20, message = "at most 20 prompts") List<@Valid @NotNull(message = "must not be null")
                ItemJson> prompts,
        @Size(max = 20, message = "at most 20 answers") List<@Valid @NotNull(message = "must not be null")
                ItemJson> answers,
        Map<String, String> right,
        @Size(max = 20, message = "at most 20 items") List<@Valid @NotNull(message = "must not be null")
                ItemJson> items,
        String scoring,
        @Size(max = 5000, message = "must be at most 5000 characters") String graderGuidance) {

    /** A choice: its key, text, credit (a decimal in [-1, 1]) and optional feedback. */
    @Schema(name = "QuestionChoiceJson", requiredProperties = {"key", "text", "credit"})
    public record ChoiceJson(@NotBlank(message = "is required") String key,
                             @NotBlank(message = "is required") String text,
                             @NotBlank(message = "is required") String credit, String feedback) {
    }

    /** An accepted unit: its symbol (exact, case included) and its factor to the principal unit. */
    @Schema(name = "QuestionUnitJson", requiredProperties = {"symbol"})
    public record UnitJson(@NotBlank(message = "is required") String symbol, String factor) {
    }

    /** A short-text pattern ({@code *} any run of characters) and its credit. */
    @Schema(name = "QuestionPatternJson", requiredProperties = {"pattern", "credit"})
    public record PatternJson(@NotBlank(message = "is required") String pattern,
                              @NotBlank(message = "is required") String credit, String feedback) {
    }

    /** An item of a matching or ordering question. */
    @Schema(name = "QuestionItemJson", requiredProperties = {"key", "text"})
    public record ItemJson(@NotBlank(message = "is required") String key,
                           @NotBlank(message = "is required") String text) {
    }

    QuestionDraft toDraft() {
        Fraction marks = decimal(maxMarks, "maxMarks");
        return switch (type) {
            case "SINGLE_CHOICE" -> {
                List<Choice> list = choiceList();
                yield key -> new SingleChoiceQuestion(key, stem, marks, list);
            }
            case "MULTIPLE_CHOICE" -> {
                List<Choice> list = choiceList();
                yield key -> new MultipleChoiceQuestion(key, stem, marks, list);
            }
            case "TRUE_FALSE" -> {
                boolean right = Fields.required(answer, "answer");
                yield key -> new TrueFalseQuestion(key, stem, marks, right, Optional.ofNullable(feedbackIfTrue),
                        Optional.ofNullable(feedbackIfFalse));
            }
            case "NUMERIC" -> {
                Fraction value = decimal(Fields.required(expected, "expected"), "expected");
                Tolerance allowed = relativeTolerance != null
                        ? new Tolerance.Relative(decimal(relativeTolerance, "relativeTolerance"))
                        : tolerance == null ? Tolerance.exact() : new Tolerance.Absolute(decimal(tolerance,
                        "tolerance"));
                UnitRule rule = unitRule == null ? UnitRule.NOT_ASKED
                        : Fields.enumValue(UnitRule.class, unitRule, "unitRule");
                List<AcceptedUnit> accepted = units == null ? List.of() : units.stream().map(u -> u.factor() == null
                        ? AcceptedUnit.principal(u.symbol())
                        : new AcceptedUnit(u.symbol(), decimal(u.factor(), "units.factor"))).toList();
                yield key -> new NumericQuestion(key, stem, marks, value, allowed, rule, accepted,
                        Optional.ofNullable(feedbackIfRight), Optional.ofNullable(feedbackIfWrong));
            }
            case "SHORT_TEXT" -> {
                CaseRule rule = caseRule == null ? CaseRule.IGNORE_CASE
                        : Fields.enumValue(CaseRule.class, caseRule, "caseRule");
                List<TextAnswer> list = Fields.required(patterns, "patterns").stream().map(p -> new TextAnswer(
                        p.pattern(), decimal(p.credit(), "patterns.credit"), Optional.ofNullable(p.feedback())))
                        .toList();
                yield key -> new ShortTextQuestion(key, stem, marks, rule, list);
            }
            case "MATCHING" -> {
                List<Item> left = items(Fields.required(prompts, "prompts"));
                List<Item> options = items(Fields.required(answers, "answers"));
                Map<String, String> pairs = Fields.required(right, "right");
                yield key -> new MatchingQuestion(key, stem, marks, left, options, pairs);
            }
            case "ORDERING" -> {
                List<Item> list = items(Fields.required(items, "items"));
                OrderingScoring how = scoring == null ? OrderingScoring.ALL_OR_NOTHING
                        : Fields.enumValue(OrderingScoring.class, scoring, "scoring");
                yield key -> new OrderingQuestion(key, stem, marks, list, how);
            }
            case "ESSAY" -> key -> new EssayQuestion(key, stem, marks, Optional.ofNullable(graderGuidance));
            default -> throw new InvalidInputException("type", "must be one of SINGLE_CHOICE, MULTIPLE_CHOICE, "
                    + "TRUE_FALSE, NUMERIC, SHORT_TEXT, MATCHING, ORDERING, ESSAY");
        };
    }

    private List<Choice> choiceList() {
        return Fields.required(choices, "choices").stream().map(c -> new Choice(c.key(), c.text(),
                decimal(c.credit(), "choices.credit"), Optional.ofNullable(c.feedback()))).toList();
    }

    private static List<Item> items(List<ItemJson> json) {
        return json.stream().map(i -> new Item(i.key(), i.text())).toList();
    }

    static Fraction decimal(String text, String field) {
        if (text == null || text.length() > 40 || !text.strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new InvalidInputException(field, "must be a decimal number such as 1, 0.5 or -0.25");
        }
        try {
            return Fraction.decimal(text.strip());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidInputException(field, "must be a decimal number such as 1, 0.5 or -0.25");
        }
    }
}

package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the medical questionnaire; it validates what a client submits so that only well-formed answers to
 * questions actually asked are ever stored, each with this version.
 *
 * @param version   a label such as {@code 2026.1}, stored with every screening
 * @param questions in the order they are shown; follow-ups come after their parent
 */
public record Questionnaire(String version, List<Question> questions) {

    private static final int MAX_TEXT = 500;
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    public Questionnaire {
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > 40) {
            throw new IllegalArgumentException("questionnaire version must be 1-40 characters");
        }
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
        Map<QuestionId, Question> seen = new LinkedHashMap<>();
        for (Question question : questions) {
            if (seen.put(question.id(), question) != null) {
                throw new IllegalArgumentException("question " + question.id() + " appears twice");
            }
            question.askedIf().ifPresent(followUp -> requireParent(seen, question, followUp));
        }
    }

    private static void requireParent(Map<QuestionId, Question> earlier, Question question, Question.FollowUp followUp) {
        Question parent = earlier.get(followUp.parent());
        if (parent == null) {
            throw new IllegalArgumentException("question " + question.id() + " follows " + followUp.parent()
                    + ", which must come before it");
        }
        boolean possible = switch (parent.type()) {
            case YES_NO -> followUp.answer().equals("yes") || followUp.answer().equals("no");
            case CHOICE -> parent.options().contains(followUp.answer());
            case DATE, TEXT -> false;
        };
        if (!possible) {
            throw new IllegalArgumentException("question " + question.id() + " follows an answer its parent cannot have");
        }
        if (!parent.categories().containsAll(question.categories())) {
            throw new IllegalArgumentException("question " + question.id() + " is asked for a category its parent is not");
        }
    }

    /** The question with this id, if it is part of this version. */
    public Optional<Question> question(QuestionId id) {
        for (Question question : questions) {
            if (question.id().equals(id)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** The questions a client is shown for these categories, follow-ups included (they are shown conditionally). */
    public List<Question> questionsFor(Set<TreatmentCategory> categories) {
        return questions.stream().filter(q -> q.categories().stream().anyMatch(categories::contains)).toList();
    }

    /**
     * Checks a submission: every key must be a question of this version asked for one of the categories (a follow-up
     * only when its parent's answer calls for it), every answer must have its question's shape (a date no later than
     * the day of answering), and every question asked must be answered.
     *
     * @param answeredVersion the questionnaire version the client was shown
     * @param submitted       question code to answer text, as received
     * @param categories      the treatments the screening is for
     * @param answeredOn      the client's local date of answering, the latest date a DATE answer may name
     */
    public AnswerValidation validate(String answeredVersion, Map<String, String> submitted,
                                     Set<TreatmentCategory> categories, LocalDate answeredOn) {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(answeredOn, "answeredOn");
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("a screening covers at least one category");
        }
        List<AnswerProblem> problems = new ArrayList<>();
        if (!version.equals(answeredVersion)) {
            problems.add(new AnswerProblem("version", AnswerProblem.Reason.WRONG_QUESTIONNAIRE_VERSION,
                    "These answers are for questionnaire version " + answeredVersion + "; the current version is "
                            + version + ". Please answer the current questionnaire."));
            return new AnswerValidation.Invalid(problems);
        }
        Map<QuestionId, Answer> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : submitted.entrySet()) {
            String key = entry.getKey();
            Optional<Question> question = QuestionId.isWellFormed(key) ? question(new QuestionId(key)) : Optional.empty();
            if (question.isEmpty()) {
                problems.add(new AnswerProblem(shorten(key), AnswerProblem.Reason.UNKNOWN_QUESTION,
                        "There is no question '" + shorten(key) + "' in questionnaire version " + version + "."));
                continue;
            }
            parse(question.get(), entry.getValue(), answeredOn).ifPresentOrElse(
                    answer -> parsed.put(question.get().id(), answer),
                    () -> problems.add(new AnswerProblem(key, AnswerProblem.Reason.MALFORMED_ANSWER,
                            expectation(question.get()))));
        }
        for (Question question : questions) {
            boolean asked = isAsked(question, categories, parsed);
            boolean answered = parsed.containsKey(question.id());
            if (asked && !answered && !submitted.containsKey(question.id().value())) {
                problems.add(new AnswerProblem(question.id().value(), AnswerProblem.Reason.MISSING_ANSWER,
                        "Please answer: " + question.text()));
            } else if (!asked && answered) {
                problems.add(new AnswerProblem(question.id().value(), AnswerProblem.Reason.NOT_ASKED,
                        "Question '" + question.id() + "' is not asked for this treatment or after your earlier answer."));
            }
        }
        return problems.isEmpty()
                ? new AnswerValidation.Valid(new Answers(parsed))
                : new AnswerValidation.Invalid(problems);
    }

    /** The questions asked for the category that these answers leave unanswered, e.g. after the questionnaire grew. */
    public List<QuestionId> unansweredFor(TreatmentCategory category, Answers answers) {
        Map<QuestionId, Answer> given = answers.asMap();
        List<QuestionId> missing = new ArrayList<>();
        for (Question question : questions) {
            if (isAsked(question, Set.of(category), given) && !given.containsKey(question.id())) {
                missing.add(question.id());
            }
        }
        return missing;
    }

    private static boolean isAsked(Question question, Set<TreatmentCategory> categories, Map<QuestionId, Answer> given) {
        if (question.categories().stream().noneMatch(categories::contains)) {
            return false;
        }
        return question.askedIf()
                .map(followUp -> {
                    Answer parent = given.get(followUp.parent());
                    return parent != null && parent.text().equals(followUp.answer());
                })
                .orElse(true);
    }

    private static Optional<Answer> parse(Question question, String text, LocalDate answeredOn) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (question.type()) {
            case YES_NO -> switch (text) {
                case "yes" -> Optional.of(new Answer.YesNo(true));
                case "no" -> Optional.of(new Answer.YesNo(false));
                default -> Optional.empty();
            };
            case DATE -> parseDate(text, answeredOn);
            case CHOICE -> question.options().contains(text) ? Optional.of(new Answer.Choice(text)) : Optional.empty();
            case TEXT -> {
                String trimmed = text.strip();
                boolean printable = trimmed.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n');
                yield !trimmed.isEmpty() && trimmed.length() <= MAX_TEXT && printable
                        ? Optional.of(new Answer.Text(trimmed)) : Optional.empty();
            }
        };
    }

    private static Optional<Answer> parseDate(String text, LocalDate answeredOn) {
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isAfter(answeredOn) || date.isBefore(EARLIEST_DATE)
                    ? Optional.empty() : Optional.of(new Answer.DateValue(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String expectation(Question question) {
        return switch (question.type()) {
            case YES_NO -> "Question '" + question.id() + "' takes yes or no.";
            case DATE -> "Question '" + question.id() + "' takes a date such as 2026-05-31, no later than today.";
            case CHOICE -> "Question '" + question.id() + "' takes one of: " + String.join(", ", question.options()) + ".";
            case TEXT -> "Question '" + question.id() + "' takes 1 to " + MAX_TEXT + " printable characters.";
        };
    }

    private static String shorten(String key) {
        String text = String.valueOf(key).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}

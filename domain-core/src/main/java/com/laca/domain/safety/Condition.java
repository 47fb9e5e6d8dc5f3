package com.laca.domain.safety;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a contraindication rule applies, as a small closed language a clinician can read in the rule file; an answer
 * that is missing makes the condition unknown rather than false, so a gap in the screening is never read as "no".
 */
public sealed interface Condition {

    /** The three-valued result of testing a condition against answers. */
    enum Truth { TRUE, FALSE, UNKNOWN }

    /** Tests the condition against a client's answers. */
    Truth test(Answers answers);

    /** The questions the condition reads, so a rule set can be checked against its questionnaire. */
    List<QuestionId> questions();

    /** A yes/no question answered yes. */
    record Yes(QuestionId question) implements Condition {

        public Yes {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public Truth test(Answers answers) {
            return answers.get(question)
                    .map(answer -> answer instanceof Answer.YesNo yesNo && yesNo.yes() ? Truth.TRUE : Truth.FALSE)
                    .orElse(Truth.UNKNOWN);
        }

        @Override
        public List<QuestionId> questions() {
            return List.of(question);
        }
    }

    /** A choice question answered with one of the given options. */
    record ChoiceIn(QuestionId question, Set<String> options) implements Condition {

        public ChoiceIn {
            Objects.requireNonNull(question, "question");
            options = Set.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice condition names at least one option");
            }
        }

        @Override
        public Truth test(Answers answers) {
            return answers.get(question)
                    .map(answer -> options.contains(answer.text()) ? Truth.TRUE : Truth.FALSE)
                    .orElse(Truth.UNKNOWN);
        }

        @Override
        public List<QuestionId> questions() {
            return List.of(question);
        }
    }

    /** At least one of several conditions; unknown only when none is true and one is unknown. */
    record AnyOf(List<Condition> conditions) implements Condition {

        public AnyOf {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("anyOf needs at least one condition");
            }
        }

        @Override
        public Truth test(Answers answers) {
            Truth result = Truth.FALSE;
            for (Condition condition : conditions) {
                Truth truth = condition.test(answers);
                if (truth == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (truth == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }

        @Override
        public List<QuestionId> questions() {
            return conditions.stream().flatMap(c -> c.questions().stream()).distinct().toList();
        }
    }

    /** Every one of several conditions; unknown only when none is false and one is unknown. */
    record AllOf(List<Condition> conditions) implements Condition {

        public AllOf {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("allOf needs at least one condition");
            }
        }

        @Override
        public Truth test(Answers answers) {
            Truth result = Truth.TRUE;
            for (Condition condition : conditions) {
                Truth truth = condition.test(answers);
                if (truth == Truth.FALSE) {
                    return Truth.FALSE;
                }
                if (truth == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }

        @Override
        public List<QuestionId> questions() {
            return conditions.stream().flatMap(c -> c.questions().stream()).distinct().toList();
        }
    }
}

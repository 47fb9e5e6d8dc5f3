package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The checks every kind of question shares, so a stem, a mark and a set of keys are validated the same way. */
final class QuestionRules {

    private QuestionRules() {
    }

    static String stem(String stem) {
        return Texts.required(stem, "question stem", 5000);
    }

    static Fraction maxMarks(Fraction maxMarks) {
        Objects.requireNonNull(maxMarks, "maxMarks");
        if (maxMarks.signum() <= 0) {
            throw new IllegalArgumentException("a question must be worth a positive number of marks: " + maxMarks);
        }
        return maxMarks;
    }

    static <T> Set<String> uniqueKeys(List<T> elements, Function<T, String> key, String what, int minimum) {
        if (elements.size() < minimum) {
            throw new IllegalArgumentException("a question needs at least " + minimum + " " + what);
        }
        Set<String> keys = new HashSet<>();
        for (T element : elements) {
            if (!keys.add(key.apply(element))) {
                throw new IllegalArgumentException("duplicate " + what + " key: " + key.apply(element));
            }
        }
        return Set.copyOf(keys);
    }

    static Optional<String> wrongKind(Response response, Class<? extends Response> expected) {
        return expected.isInstance(response) ? Optional.empty()
                : Optional.of("this question expects " + expected.getSimpleName() + ", not "
                        + response.getClass().getSimpleName());
    }

    static <R extends Response> R requireFits(Question question, Response response, Class<R> expected) {
        Optional<String> problem = question.problemWith(response);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return expected.cast(response);
    }
}

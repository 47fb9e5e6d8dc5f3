package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One option to choose; a wrong option may carry a negative credit (negative marking), which the assessment may floor.
 *
 * @param choices at least two, at least one worth full credit
 */
public record SingleChoiceQuestion(QuestionKey key, String stem, Fraction maxMarks, List<Choice> choices)
        implements Question {

    public SingleChoiceQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        choices = List.copyOf(choices);
        QuestionRules.uniqueKeys(choices, Choice::key, "options", 2);
        if (choices.stream().noneMatch(choice -> choice.credit().equals(Fraction.ONE))) {
            throw new IllegalArgumentException("a single-choice question needs an option worth full credit");
        }
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> wrongKind = QuestionRules.wrongKind(response, Response.SelectedOption.class);
        if (wrongKind.isPresent()) {
            return wrongKind;
        }
        String option = ((Response.SelectedOption) response).option();
        return choice(option).isPresent() ? Optional.empty() : Optional.of("there is no option '" + option + "'");
    }

    @Override
    public QuestionMark mark(Response response) {
        String option = QuestionRules.requireFits(this, response, Response.SelectedOption.class).option();
        Choice chosen = choice(option).orElseThrow();
        return QuestionMark.Credited.of(chosen.credit(), chosen.feedback());
    }

    @Override
    public List<String> shuffleableKeys() {
        return choices.stream().map(Choice::key).toList();
    }

    private Optional<Choice> choice(String key) {
        for (Choice choice : choices) {
            if (choice.key().equals(key)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}

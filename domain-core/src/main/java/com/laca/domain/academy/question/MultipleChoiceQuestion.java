package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Any number of options to choose: the credits of the chosen options are added and the sum is clamped to [0, 1], so
 * partial knowledge earns partial marks but wrong picks never cost more than the question is worth.
 *
 * @param choices at least two; the positive credits add up to exactly 1, so choosing every right option (and no
 *                wrong one) earns full marks
 */
public record MultipleChoiceQuestion(QuestionKey key, String stem, Fraction maxMarks, List<Choice> choices)
        implements Question {

    public MultipleChoiceQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        choices = List.copyOf(choices);
        QuestionRules.uniqueKeys(choices, Choice::key, "options", 2);
        Fraction positive = Fraction.ZERO;
        for (Choice choice : choices) {
            if (choice.credit().signum() > 0) {
                positive = positive.plus(choice.credit());
            }
        }
        if (!positive.equals(Fraction.ONE)) {
            throw new IllegalArgumentException("the right options' credits must add up to exactly 1, not " + positive);
        }
    }

    /**
     * The usual scheme: each of the {@code k} right options earns 1/k and each of the {@code w} wrong options costs
     * 1/w, so choosing every option earns nothing.
     */
    public static MultipleChoiceQuestion evenlyWeighted(QuestionKey key, String stem, Fraction maxMarks,
                                                        List<Item> options, Set<String> right) {
        long rightCount = options.stream().filter(option -> right.contains(option.key())).count();
        long wrongCount = options.size() - rightCount;
        if (rightCount == 0 || rightCount != right.size()) {
            throw new IllegalArgumentException("every right option must be one of the options, and one at least");
        }
        List<Choice> choices = new ArrayList<>();
        for (Item option : options) {
            Fraction credit = right.contains(option.key()) ? Fraction.of(1, rightCount)
                    : Fraction.of(-1, wrongCount);
            choices.add(Choice.of(option.key(), option.text(), credit));
        }
        return new MultipleChoiceQuestion(key, stem, maxMarks, choices);
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> wrongKind = QuestionRules.wrongKind(response, Response.SelectedOptions.class);
        if (wrongKind.isPresent()) {
            return wrongKind;
        }
        for (String option : ((Response.SelectedOptions) response).options()) {
            if (!hasOption(option)) {
                return Optional.of("there is no option '" + option + "'");
            }
        }
        return Optional.empty();
    }

    @Override
    public QuestionMark mark(Response response) {
        Set<String> chosen = QuestionRules.requireFits(this, response, Response.SelectedOptions.class).options();
        Fraction sum = Fraction.ZERO;
        List<String> feedback = new ArrayList<>();
        for (Choice choice : choices) {
            if (chosen.contains(choice.key())) {
                sum = sum.plus(choice.credit());
                choice.feedback().ifPresent(feedback::add);
            }
        }
        return new QuestionMark.Credited(sum.clamp(Fraction.ZERO, Fraction.ONE), feedback);
    }

    private boolean hasOption(String key) {
        for (Choice choice : choices) {
            if (choice.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> shuffleableKeys() {
        return choices.stream().map(Choice::key).toList();
    }
}

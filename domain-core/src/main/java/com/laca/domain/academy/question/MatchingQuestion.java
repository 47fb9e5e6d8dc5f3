package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Prompts to pair with answers (e.g. muscle with the line it treats); each right pair earns an equal share, so 2 of 3
 * right pairs earn exactly 2/3. Answers may include distractors that pair with nothing.
 *
 * @param prompts at least two
 * @param answers at least as many as the prompts' distinct right answers
 * @param right   each prompt's key to its right answer's key
 */
public record MatchingQuestion(QuestionKey key, String stem, Fraction maxMarks, List<Item> prompts,
                               List<Item> answers, Map<String, String> right) implements Question {

    public MatchingQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        prompts = List.copyOf(prompts);
        answers = List.copyOf(answers);
        right = Map.copyOf(right);
        Set<String> promptKeys = QuestionRules.uniqueKeys(prompts, Item::key, "prompts", 2);
        Set<String> answerKeys = QuestionRules.uniqueKeys(answers, Item::key, "answers", 2);
        if (!right.keySet().equals(promptKeys) || !answerKeys.containsAll(right.values())) {
            throw new IllegalArgumentException("every prompt needs exactly one right answer among the answers");
        }
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> wrongKind = QuestionRules.wrongKind(response, Response.Pairs.class);
        if (wrongKind.isPresent()) {
            return wrongKind;
        }
        for (Map.Entry<String, String> pair : ((Response.Pairs) response).pairs().entrySet()) {
            if (!right.containsKey(pair.getKey())) {
                return Optional.of("there is no prompt '" + pair.getKey() + "'");
            }
            if (!hasAnswer(pair.getValue())) {
                return Optional.of("there is no answer '" + pair.getValue() + "'");
            }
        }
        return Optional.empty();
    }

    @Override
    public QuestionMark mark(Response response) {
        Map<String, String> given = QuestionRules.requireFits(this, response, Response.Pairs.class).pairs();
        long rightPairs = right.entrySet().stream()
                .filter(pair -> pair.getValue().equals(given.get(pair.getKey()))).count();
        return QuestionMark.Credited.of(Fraction.of(rightPairs, right.size()));
    }

    private boolean hasAnswer(String key) {
        for (Item answer : answers) {
            if (answer.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> shuffleableKeys() {
        return answers.stream().map(Item::key).toList();
    }
}

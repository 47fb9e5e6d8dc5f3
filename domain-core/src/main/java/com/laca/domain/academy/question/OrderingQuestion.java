package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Items to put in order (e.g. the steps of reconstituting a vial), scored by the question's {@link OrderingScoring}.
 * Items are always shown shuffled, never in the right order.
 *
 * @param items   in the right order; at least two
 * @param scoring how partial orders earn credit
 */
public record OrderingQuestion(QuestionKey key, String stem, Fraction maxMarks, List<Item> items,
                               OrderingScoring scoring) implements Question {

    public OrderingQuestion {
        Objects.requireNonNull(key, "key");
        stem = QuestionRules.stem(stem);
        maxMarks = QuestionRules.maxMarks(maxMarks);
        items = List.copyOf(items);
        QuestionRules.uniqueKeys(items, Item::key, "items", 2);
        Objects.requireNonNull(scoring, "scoring");
    }

    @Override
    public Optional<String> problemWith(Response response) {
        Optional<String> wrongKind = QuestionRules.wrongKind(response, Response.Sequence.class);
        if (wrongKind.isPresent()) {
            return wrongKind;
        }
        List<String> given = ((Response.Sequence) response).items();
        Set<String> placed = new HashSet<>(given);
        boolean everyItemOnce = given.size() == items.size() && placed.size() == given.size();
        for (int i = 0; everyItemOnce && i < items.size(); i++) {
            everyItemOnce = placed.contains(items.get(i).key());
        }
        return everyItemOnce ? Optional.empty() : Optional.of("an ordering must place every item exactly once");
    }

    @Override
    public QuestionMark mark(Response response) {
        List<String> given = QuestionRules.requireFits(this, response, Response.Sequence.class).items();
        int n = items.size();
        return QuestionMark.Credited.of(switch (scoring) {
            case ALL_OR_NOTHING -> rightPositions(given) == n ? Fraction.ONE : Fraction.ZERO;
            case ABSOLUTE_POSITION -> Fraction.of(rightPositions(given), n);
            case RELATIVE_TO_NEXT -> Fraction.of(rightSuccessors(given), n - 1);
        });
    }

    @Override
    public List<String> shuffleableKeys() {
        return items.stream().map(Item::key).toList();
    }

    private int rightPositions(List<String> given) {
        int right = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(given.get(i))) {
                right++;
            }
        }
        return right;
    }

    private int rightSuccessors(List<String> given) {
        Map<String, String> successor = new HashMap<>();
        for (int i = 0; i + 1 < items.size(); i++) {
            successor.put(items.get(i).key(), items.get(i + 1).key());
        }
        int right = 0;
        for (int i = 0; i + 1 < given.size(); i++) {
            if (given.get(i + 1).equals(successor.get(given.get(i)))) {
                right++;
            }
        }
        return right;
    }
}

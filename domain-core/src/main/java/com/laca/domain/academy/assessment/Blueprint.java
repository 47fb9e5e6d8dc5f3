package com.laca.domain.academy.assessment;

import java.util.List;

/**
 * What every attempt's paper is drawn from: the slots in order, and whether questions and their options are shuffled.
 *
 * @param slots            at least one
 * @param shuffleQuestions whether each attempt shows the questions in its own random order
 * @param shuffleOptions   whether each attempt shows the options of choice and matching questions in a random order
 */
public record Blueprint(List<QuestionSlot> slots, boolean shuffleQuestions, boolean shuffleOptions) {

    public Blueprint {
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("an assessment needs at least one question");
        }
    }

    /** The slots in order, with nothing shuffled. */
    public static Blueprint inOrder(List<QuestionSlot> slots) {
        return new Blueprint(slots, false, false);
    }
}

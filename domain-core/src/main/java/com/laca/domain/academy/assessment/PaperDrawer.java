package com.laca.domain.academy.assessment;

import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.OrderingQuestion;
import com.laca.domain.academy.question.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the paper of a new attempt: fixed questions, random questions from banks (unseen ones first), then the
 * shuffles. The random source is passed in, so a seeded generator makes a test, or a disputed paper, reproducible.
 */
public final class PaperDrawer {

    private PaperDrawer() {
    }

    /**
     * The pinned questions of a new attempt, in the order they are shown.
     *
     * @param seen   the questions on the learner's earlier papers, drawn from banks only when nothing unseen is left
     * @param random the random source (a {@code SecureRandom} in production, a seeded one in tests)
     * @throws IllegalArgumentException if a slot names a missing question, a question is set twice, or a bank holds
     *                                  fewer questions than its slots draw (an assessment set up wrongly)
     */
    public static List<PinnedQuestion> draw(Blueprint blueprint, QuestionPool pool, Set<QuestionId> seen,
                                            RandomGenerator random) {
        Map<QuestionId, Question> chosen = new LinkedHashMap<>();
        for (QuestionSlot slot : blueprint.slots()) {
            if (slot instanceof QuestionSlot.Fixed fixed) {
                add(chosen, pool.question(fixed.question()).orElseThrow(
                        () -> new IllegalArgumentException("no current version of question " + fixed.question())));
            } else {
                drawFromBank((QuestionSlot.FromBank) slot, pool, seen, random, chosen);
            }
        }
        List<Question> questions = new ArrayList<>(chosen.values());
        if (blueprint.shuffleQuestions()) {
            shuffle(questions, random);
        }
        List<PinnedQuestion> paper = new ArrayList<>(questions.size());
        for (Question question : questions) {
            paper.add(new PinnedQuestion(question.key(), displayOrder(question, blueprint.shuffleOptions(), random)));
        }
        return List.copyOf(paper);
    }

    private static void drawFromBank(QuestionSlot.FromBank slot, QuestionPool pool, Set<QuestionId> seen,
                                     RandomGenerator random, Map<QuestionId, Question> chosen) {
        List<QuestionId> unseen = new ArrayList<>();
        List<QuestionId> seenBefore = new ArrayList<>();
        pool.bank(slot.bank()).stream().filter(id -> !chosen.containsKey(id))
                .sorted(Comparator.comparing(QuestionId::toString))
                .forEach(id -> (seen.contains(id) ? seenBefore : unseen).add(id));
        if (unseen.size() + seenBefore.size() < slot.count()) {
            throw new IllegalArgumentException("bank " + slot.bank() + " has " + (unseen.size() + seenBefore.size())
                    + " questions left for a slot that draws " + slot.count());
        }
        List<QuestionId> picked = pick(unseen, Math.min(slot.count(), unseen.size()), random);
        picked.addAll(pick(seenBefore, slot.count() - picked.size(), random));
        for (QuestionId id : picked) {
            add(chosen, pool.question(id).orElseThrow());
        }
    }

    private static void add(Map<QuestionId, Question> chosen, Question question) {
        if (chosen.putIfAbsent(question.id(), question) != null) {
            throw new IllegalArgumentException("question " + question.id() + " would appear twice on one paper");
        }
    }

    /** {@code count} distinct elements chosen uniformly (a partial Fisher–Yates shuffle of a copy). */
    private static <T> List<T> pick(List<T> from, int count, RandomGenerator random) {
        List<T> copy = new ArrayList<>(from);
        for (int i = 0; i < count; i++) {
            Collections.swap(copy, i, i + random.nextInt(copy.size() - i));
        }
        return new ArrayList<>(copy.subList(0, count));
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /** Ordering items are always shuffled and never left in the right order; other options only if asked. */
    private static List<String> displayOrder(Question question, boolean shuffleOptions, RandomGenerator random) {
        List<String> keys = new ArrayList<>(question.shuffleableKeys());
        if (question instanceof OrderingQuestion) {
            shuffle(keys, random);
            if (keys.equals(question.shuffleableKeys())) {
                Collections.rotate(keys, 1);
            }
        } else if (shuffleOptions) {
            shuffle(keys, random);
        }
        return keys;
    }
}

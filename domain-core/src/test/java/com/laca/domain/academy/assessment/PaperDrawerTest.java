package com.laca.domain.academy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.OrderingQuestion;
import com.laca.domain.academy.question.OrderingScoring;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.SampleQuestions;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Drawing an attempt's paper: fixed questions, random ones from a bank, shuffles")
class PaperDrawerTest {

    private static final QuestionBankId BANK = QuestionBankId.random();

    private final List<Question> bank = new ArrayList<>();
    private final Map<QuestionId, Question> current = new HashMap<>();

    PaperDrawerTest() {
        for (int i = 0; i < 5; i++) {
            Question question = SampleQuestions.glabellaMuscle(SampleQuestions.newKey());
            bank.add(question);
            current.put(question.id(), question);
        }
    }

    private QuestionPool pool() {
        return new QuestionPool(current, Map.of(BANK, bank.stream().map(Question::id).toList()));
    }

    private static Set<QuestionId> ids(List<PinnedQuestion> paper) {
        Set<QuestionId> ids = new HashSet<>();
        paper.forEach(pinned -> ids.add(pinned.key().id()));
        return ids;
    }

    @Test
    @DisplayName("Fixed questions come in the order set, their options as written, unless shuffling is asked for")
    void fixedInOrder() {
        Blueprint blueprint = Blueprint.inOrder(bank.stream().map(q -> (QuestionSlot) new QuestionSlot.Fixed(q.id()))
                .toList());

        List<PinnedQuestion> paper = PaperDrawer.draw(blueprint, pool(), Set.of(), new Random(7));

        assertThat(paper).extracting(PinnedQuestion::key).containsExactlyElementsOf(
                bank.stream().map(Question::key).toList());
        assertThat(paper.get(0).displayOrder()).containsExactly("a", "b", "c", "d");
    }

    @Test
    @DisplayName("The same random source draws the same paper, so a disputed paper can be rebuilt")
    void reproducible() {
        Blueprint blueprint = new Blueprint(List.of(new QuestionSlot.FromBank(BANK, 3)), true, true);

        assertThat(PaperDrawer.draw(blueprint, pool(), Set.of(), new Random(42)))
                .isEqualTo(PaperDrawer.draw(blueprint, pool(), Set.of(), new Random(42)));
    }

    @Test
    @DisplayName("Random questions are distinct, and ones the learner has not seen are drawn first")
    void avoidSeen() {
        Set<QuestionId> seen = Set.of(bank.get(0).id(), bank.get(1).id(), bank.get(2).id());
        Set<QuestionId> unseen = Set.of(bank.get(3).id(), bank.get(4).id());

        for (int seed = 0; seed < 20; seed++) {
            List<PinnedQuestion> two = PaperDrawer.draw(Blueprint.inOrder(List.of(new QuestionSlot.FromBank(BANK, 2))),
                    pool(), seen, new Random(seed));
            List<PinnedQuestion> four = PaperDrawer.draw(Blueprint.inOrder(List.of(new QuestionSlot.FromBank(BANK,
                    4))), pool(), seen, new Random(seed));

            assertThat(ids(two)).isEqualTo(unseen);
            assertThat(ids(four)).hasSize(4).containsAll(unseen);
        }
    }

    @Test
    @DisplayName("A question set as fixed is not drawn again from the bank")
    void noDuplicates() {
        Blueprint blueprint = Blueprint.inOrder(List.of(new QuestionSlot.Fixed(bank.get(0).id()),
                new QuestionSlot.FromBank(BANK, 4)));

        assertThat(ids(PaperDrawer.draw(blueprint, pool(), Set.of(), new Random(3)))).hasSize(5);
    }

    @Test
    @DisplayName("A bank too small for its slot is an assessment set up wrongly, refused with the numbers")
    void bankTooSmall() {
        Blueprint blueprint = Blueprint.inOrder(List.of(new QuestionSlot.FromBank(BANK, 6)));

        assertThatThrownBy(() -> PaperDrawer.draw(blueprint, pool(), Set.of(), new Random(1)))
                .hasMessageContaining("has 5 questions left for a slot that draws 6");
    }

    @Test
    @DisplayName("Questions and options are shuffled when asked, each paper differently")
    void shuffles() {
        Blueprint blueprint = new Blueprint(bank.stream().map(q -> (QuestionSlot) new QuestionSlot.Fixed(q.id()))
                .toList(), true, true);
        Set<List<QuestionId>> orders = new HashSet<>();
        Set<List<String>> optionOrders = new HashSet<>();

        for (int seed = 0; seed < 30; seed++) {
            List<PinnedQuestion> paper = PaperDrawer.draw(blueprint, pool(), Set.of(), new Random(seed));
            orders.add(paper.stream().map(pinned -> pinned.key().id()).toList());
            optionOrders.add(paper.get(0).displayOrder());
            assertThat(paper.get(0).displayOrder()).containsExactlyInAnyOrder("a", "b", "c", "d");
        }

        assertThat(orders).hasSizeGreaterThan(10);
        assertThat(optionOrders).hasSizeGreaterThan(5);
    }

    @Test
    @DisplayName("An ordering question is always shown shuffled and never already in the right order")
    void orderingNeverSolved() {
        OrderingQuestion steps = SampleQuestions.reconstitutionSteps(SampleQuestions.newKey(),
                OrderingScoring.ABSOLUTE_POSITION);
        SingleChoiceQuestion other = SampleQuestions.glabellaMuscle(SampleQuestions.newKey());
        QuestionPool pool = new QuestionPool(Map.of(steps.id(), steps, other.id(), other), Map.of());
        Blueprint blueprint = Blueprint.inOrder(List.of(new QuestionSlot.Fixed(steps.id()),
                new QuestionSlot.Fixed(other.id())));

        for (int seed = 0; seed < 200; seed++) {
            List<PinnedQuestion> paper = PaperDrawer.draw(blueprint, pool, Set.of(), new Random(seed));
            assertThat(paper.get(0).displayOrder()).isNotEqualTo(steps.shuffleableKeys())
                    .containsExactlyInAnyOrderElementsOf(steps.shuffleableKeys());
            assertThat(paper.get(1).displayOrder()).as("options not shuffled unless asked")
                    .containsExactly("a", "b", "c", "d");
        }
    }
}

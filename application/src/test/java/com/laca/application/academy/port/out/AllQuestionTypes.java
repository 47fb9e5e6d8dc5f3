package com.laca.application.academy.port.out;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.question.AcceptedUnit;
import com.laca.domain.academy.question.CaseRule;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Item;
import com.laca.domain.academy.question.MatchingQuestion;
import com.laca.domain.academy.question.MultipleChoiceQuestion;
import com.laca.domain.academy.question.NumericQuestion;
import com.laca.domain.academy.question.OrderingQuestion;
import com.laca.domain.academy.question.OrderingScoring;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Reconstitution;
import com.laca.domain.academy.question.ShortTextQuestion;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TextAnswer;
import com.laca.domain.academy.question.Tolerance;
import com.laca.domain.academy.question.TrueFalseQuestion;
import com.laca.domain.academy.question.UnitRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One question of each of the eight types, with every optional part filled, for the store contracts. */
public final class AllQuestionTypes {

    private AllQuestionTypes() {
    }

    static QuestionKey key() {
        return new QuestionKey(QuestionId.random(), 1);
    }

    /** Eight fresh questions, one per type. */
    public static List<Question> all() {
        return List.of(
                new SingleChoiceQuestion(key(), "Main muscle for glabellar lines?", Fraction.ONE, List.of(
                        new Choice("a", "Corrugator", Fraction.ONE, Optional.of("Right.")),
                        Choice.of("b", "Frontalis", Fraction.decimal("-0.25")))),
                MultipleChoiceQuestion.evenlyWeighted(key(), "Contraindications?", Fraction.of(2), List.of(
                        new Item("a", "Myasthenia gravis"), new Item("b", "Pregnancy"), new Item("c", "Age 40")),
                        Set.of("a", "b")),
                new TrueFalseQuestion(key(), "More saline spreads further.", Fraction.ONE, true,
                        Optional.of("Yes."), Optional.of("It does.")),
                new NumericQuestion(key(), "Units in 0.1 ml of 100 U in 3 ml?", Fraction.ONE,
                        new Reconstitution(Fraction.of(100), Fraction.of(3)).unitsIn(Fraction.decimal("0.1")),
                        new Tolerance.Relative(Fraction.of(1, 20)), UnitRule.OPTIONAL,
                        List.of(AcceptedUnit.principal("U"), new AcceptedUnit("mU", Fraction.of(1, 1000))),
                        Optional.of("Right."), Optional.of("100/3 U per ml.")),
                new ShortTextQuestion(key(), "Enzyme that dissolves HA?", Fraction.ONE, CaseRule.IGNORE_CASE,
                        List.of(new TextAnswer("hyaluronidase", Fraction.ONE, Optional.of("Right.")),
                                TextAnswer.of("hyal*", Fraction.decimal("0.5")))),
                new MatchingQuestion(key(), "Match area to muscle.", Fraction.of(2), List.of(
                        new Item("glabella", "Frown lines"), new Item("forehead", "Forehead lines")),
                        List.of(new Item("corrugator", "Corrugator"), new Item("frontalis", "Frontalis"),
                                new Item("masseter", "Masseter")),
                        Map.of("glabella", "corrugator", "forehead", "frontalis")),
                new OrderingQuestion(key(), "Order the steps.", Fraction.of(2), List.of(new Item("wash", "Wash"),
                        new Item("check", "Check"), new Item("draw", "Draw up")), OrderingScoring.ABSOLUTE_POSITION),
                new EssayQuestion(key(), "Describe managing an occlusion.", Fraction.of(5),
                        Optional.of("Stop, hyaluronidase, escalate.")));
    }
}

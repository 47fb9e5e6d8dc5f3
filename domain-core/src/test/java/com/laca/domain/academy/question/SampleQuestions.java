package com.laca.domain.academy.question;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Questions of every type from a foundation toxin course, for the specifications of all academy packages. */
public final class SampleQuestions {

    private SampleQuestions() {
    }

    /** A fresh key, version 1. */
    public static QuestionKey newKey() {
        return new QuestionKey(QuestionId.random(), 1);
    }

    /** Single choice, one mark, a quarter off for each wrong option. */
    public static SingleChoiceQuestion glabellaMuscle(QuestionKey key) {
        return new SingleChoiceQuestion(key, "Which muscle is the main target when treating glabellar lines?",
                Fraction.ONE, List.of(
                        new Choice("a", "Corrugator supercilii", Fraction.ONE, Optional.of("Right.")),
                        new Choice("b", "Frontalis", Fraction.decimal("-0.25"),
                                Optional.of("Frontalis lifts the brow; it causes forehead lines.")),
                        Choice.of("c", "Orbicularis oris", Fraction.decimal("-0.25")),
                        Choice.of("d", "Masseter", Fraction.decimal("-0.25"))));
    }

    /** Multiple choice, two marks, evenly weighted: 2 right options of 4. */
    public static MultipleChoiceQuestion contraindications(QuestionKey key) {
        return MultipleChoiceQuestion.evenlyWeighted(key, "Which are contraindications to botulinum toxin?",
                Fraction.of(2), List.of(new Item("a", "Myasthenia gravis"), new Item("b", "Pregnancy"),
                        new Item("c", "Age over 40"), new Item("d", "Mild acne")), Set.of("a", "b"));
    }

    /** True or false, one mark. */
    public static TrueFalseQuestion aspirate(QuestionKey key) {
        return TrueFalseQuestion.of(key, "Toxin diffuses further when reconstituted with more saline.", Fraction.ONE,
                true);
    }

    /** Numeric, one mark: units in 0.1 ml of 100 U reconstituted in 2.5 ml, ±0.1 U, unit required. */
    public static NumericQuestion unitsInSyringe(QuestionKey key) {
        Fraction expected = new Reconstitution(Fraction.of(100), Fraction.decimal("2.5"))
                .unitsIn(Fraction.decimal("0.1"));
        return new NumericQuestion(key, "How many units are in 0.1 ml of a 100 U vial reconstituted in 2.5 ml?",
                Fraction.ONE, expected, new Tolerance.Absolute(Fraction.decimal("0.1")), UnitRule.REQUIRED,
                List.of(AcceptedUnit.principal("U"), AcceptedUnit.principal("units")),
                Optional.of("Right: 40 U per ml."), Optional.of("100 U / 2.5 ml = 40 U/ml; 0.1 ml holds 4 U."));
    }

    /** Short text, one mark, case ignored, a specific pattern before a broad one. */
    public static ShortTextQuestion antidote(QuestionKey key) {
        return new ShortTextQuestion(key, "Which enzyme dissolves hyaluronic acid filler?", Fraction.ONE,
                CaseRule.IGNORE_CASE, List.of(
                        new TextAnswer("hyaluronidase", Fraction.ONE, Optional.of("Right.")),
                        new TextAnswer("hyal*", Fraction.decimal("0.5"), Optional.of("Check the spelling.")),
                        new TextAnswer("*", Fraction.ZERO, Optional.of("It is hyaluronidase."))));
    }

    /** Matching, three marks: three muscles to their lines, with a distractor. */
    public static MatchingQuestion muscles(QuestionKey key) {
        return new MatchingQuestion(key, "Match each area to the muscle treated.", Fraction.of(3), List.of(
                new Item("glabella", "Frown lines"), new Item("forehead", "Forehead lines"),
                new Item("crows", "Crow's feet")), List.of(new Item("corrugator", "Corrugator"),
                new Item("frontalis", "Frontalis"), new Item("orbicularis", "Orbicularis oculi"),
                new Item("masseter", "Masseter")), Map.of("glabella", "corrugator", "forehead", "frontalis", "crows",
                "orbicularis"));
    }

    /** Ordering, two marks: four steps of reconstitution. */
    public static OrderingQuestion reconstitutionSteps(QuestionKey key, OrderingScoring scoring) {
        return new OrderingQuestion(key, "Put the steps of reconstituting a vial in order.", Fraction.of(2), List.of(
                new Item("wash", "Wash hands"), new Item("check", "Check the vial and its expiry"),
                new Item("draw", "Draw up the saline"), new Item("inject", "Add saline slowly down the vial wall")),
                scoring);
    }

    /** Essay, five marks. */
    public static EssayQuestion occlusion(QuestionKey key) {
        return new EssayQuestion(key, "Describe how you would recognise and manage a vascular occlusion.",
                Fraction.of(5), Optional.of("Blanching, pain, livedo; stop, hyaluronidase, escalate."));
    }
}

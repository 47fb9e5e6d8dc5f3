package com.laca.domain.academy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.Verification;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Prerequisites: allowed, or every unmet condition with its reason")
class AccessRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    private static final CourseId FOUNDATION = CourseId.random();
    private static final AssessmentId ANATOMY_QUIZ = AssessmentId.random();
    private static final ProfessionalRegistration NMC_CLAIMED = ProfessionalRegistration.claimed(RegulatoryBody.NMC,
            "01A2345N");
    private static final ProfessionalRegistration NMC_VERIFIED = NMC_CLAIMED.verified(
            new Verification(UserId.random(), NOW.minusSeconds(86400)));

    private static final AccessRule COMPLETED_FOUNDATION = new AccessRule.CourseCompleted(FOUNDATION,
            "Foundation botulinum toxin");
    private static final AccessRule REGISTERED = new AccessRule.RegistrationVerified(EnumSet.allOf(
            RegulatoryBody.class));
    private static final AccessRule QUIZ_70 = new AccessRule.MinimumGrade(ANATOMY_QUIZ, "Facial anatomy quiz",
            new BigDecimal("70"));

    private static LearnerFacts facts(Set<CourseId> completed, List<ProfessionalRegistration> registrations,
                                      Map<AssessmentId, Score> scores) {
        return new LearnerFacts(completed, registrations, scores, NOW);
    }

    private static final LearnerFacts NEWCOMER = facts(Set.of(), List.of(), Map.of());

    @Nested
    @DisplayName("Single conditions")
    class Single {

        @Test
        @DisplayName("another course completed")
        void courseCompleted() {
            assertThat(COMPLETED_FOUNDATION.evaluate(facts(Set.of(FOUNDATION), List.of(), Map.of())).allowed())
                    .isTrue();
            assertThat(COMPLETED_FOUNDATION.evaluate(NEWCOMER).unmet()).containsExactly(UnmetCondition.of(
                    UnmetCondition.Code.COURSE_NOT_COMPLETED,
                    "complete the course 'Foundation botulinum toxin' first"));
        }

        @Test
        @DisplayName("a registration counts only once an administrator has verified it")
        void registrationVerified() {
            assertThat(REGISTERED.evaluate(facts(Set.of(), List.of(NMC_VERIFIED), Map.of())).allowed()).isTrue();
            assertThat(REGISTERED.evaluate(facts(Set.of(), List.of(NMC_CLAIMED), Map.of())).unmet())
                    .extracting(UnmetCondition::reason)
                    .containsExactly("a registration with GMC, NMC, GDC, GPHC verified by the academy");
        }

        @Test
        @DisplayName("a registration with another body does not count")
        void otherBody() {
            AccessRule doctorsOnly = new AccessRule.RegistrationVerified(Set.of(RegulatoryBody.GMC));

            assertThat(doctorsOnly.evaluate(facts(Set.of(), List.of(NMC_VERIFIED), Map.of())).allowed()).isFalse();
        }

        @Test
        @DisplayName("dates: open from its opening instant (inclusive), closed from its closing instant")
        void dates() {
            assertThat(new AccessRule.OpensAt(NOW).evaluate(NEWCOMER).allowed()).isTrue();
            assertThat(new AccessRule.OpensAt(NOW.plusSeconds(1)).evaluate(NEWCOMER).unmet())
                    .extracting(UnmetCondition::code).containsExactly(UnmetCondition.Code.NOT_YET_OPEN);
            assertThat(new AccessRule.ClosesAt(NOW.plusSeconds(1)).evaluate(NEWCOMER).allowed()).isTrue();
            assertThat(new AccessRule.ClosesAt(NOW).evaluate(NEWCOMER).unmet())
                    .extracting(UnmetCondition::code).containsExactly(UnmetCondition.Code.NO_LONGER_OPEN);
        }

        @Test
        @DisplayName("a minimum grade is compared with the shown score: 70.00 meets 70, 69.99 does not")
        void minimumGrade() {
            assertThat(QUIZ_70.evaluate(facts(Set.of(), List.of(), Map.of(ANATOMY_QUIZ, Score.parse("70.00"))))
                    .allowed()).isTrue();
            assertThat(QUIZ_70.evaluate(facts(Set.of(), List.of(), Map.of(ANATOMY_QUIZ, Score.parse("69.99"))))
                    .unmet()).extracting(UnmetCondition::reason)
                    .containsExactly("at least 70.00 % in 'Facial anatomy quiz' (yours: 69.99 %)");
            assertThat(QUIZ_70.evaluate(NEWCOMER).unmet()).extracting(UnmetCondition::reason)
                    .containsExactly("at least 70.00 % in 'Facial anatomy quiz' (not taken yet)");
        }
    }

    @Nested
    @DisplayName("Nested groups")
    class Groups {

        /** A verified registration, and either the foundation course or 70 % in the anatomy quiz. */
        private final AccessRule advanced = new AccessRule.AllOf(List.of(REGISTERED,
                new AccessRule.AnyOf(List.of(COMPLETED_FOUNDATION, QUIZ_70))));

        @Test
        @DisplayName("all of: every unmet condition is listed, not just the first")
        void allOfListsEverything() {
            AccessDecision decision = new AccessRule.AllOf(List.of(REGISTERED, COMPLETED_FOUNDATION))
                    .evaluate(NEWCOMER);

            assertThat(decision.unmet()).extracting(UnmetCondition::code).containsExactly(
                    UnmetCondition.Code.REGISTRATION_NOT_VERIFIED, UnmetCondition.Code.COURSE_NOT_COMPLETED);
        }

        @Test
        @DisplayName("any of: one alternative met is enough")
        void anyOfOneEnough() {
            assertThat(advanced.evaluate(facts(Set.of(), List.of(NMC_VERIFIED),
                    Map.of(ANATOMY_QUIZ, Score.parse("85.00")))).allowed()).isTrue();
            assertThat(advanced.evaluate(facts(Set.of(FOUNDATION), List.of(NMC_VERIFIED), Map.of())).allowed())
                    .isTrue();
        }

        @Test
        @DisplayName("any of, none met: one 'one of these' condition lists every way in")
        void anyOfNoneMet() {
            AccessDecision decision = advanced.evaluate(facts(Set.of(), List.of(NMC_VERIFIED), Map.of()));

            assertThat(decision.unmet()).singleElement().satisfies(unmet -> {
                assertThat(unmet.code()).isEqualTo(UnmetCondition.Code.ONE_OF);
                assertThat(unmet.alternatives()).extracting(UnmetCondition::code).containsExactly(
                        UnmetCondition.Code.COURSE_NOT_COMPLETED, UnmetCondition.Code.GRADE_TOO_LOW);
            });
        }

        @Test
        @DisplayName("nothing met: the registration and the 'one of these' group are both listed")
        void bothListed() {
            assertThat(advanced.evaluate(NEWCOMER).unmet()).extracting(UnmetCondition::code).containsExactly(
                    UnmetCondition.Code.REGISTRATION_NOT_VERIFIED, UnmetCondition.Code.ONE_OF);
        }

        @Test
        @DisplayName("an alternative that is itself a group shows as 'all of these' with what it misses")
        void groupInsideAnyOf() {
            AccessRule rule = new AccessRule.AnyOf(List.of(COMPLETED_FOUNDATION,
                    new AccessRule.AllOf(List.of(REGISTERED, QUIZ_70))));

            UnmetCondition oneOf = rule.evaluate(NEWCOMER).unmet().get(0);

            assertThat(oneOf.alternatives().get(1).code()).isEqualTo(UnmetCondition.Code.ALL_OF);
            assertThat(oneOf.alternatives().get(1).alternatives()).extracting(UnmetCondition::code).containsExactly(
                    UnmetCondition.Code.REGISTRATION_NOT_VERIFIED, UnmetCondition.Code.GRADE_TOO_LOW);
        }

        @Test
        @DisplayName("no prerequisites allows everyone; 'any of' needs two alternatives; nesting is limited")
        void edges() {
            assertThat(AccessRule.none().evaluate(NEWCOMER).allowed()).isTrue();
            assertThatThrownBy(() -> new AccessRule.AnyOf(List.of(REGISTERED))).hasMessageContaining("two");
            AccessRule deep = REGISTERED;
            for (int i = 1; i < AccessRule.MAX_DEPTH; i++) {
                deep = new AccessRule.AllOf(List.of(deep));
            }
            AccessRule deepest = deep;
            assertThatThrownBy(() -> new AccessRule.AllOf(List.of(deepest))).hasMessageContaining("levels deep");
        }
    }
}

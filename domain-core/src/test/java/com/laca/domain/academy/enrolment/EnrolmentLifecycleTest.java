package com.laca.domain.academy.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.access.AccessDecision;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.access.UnmetCondition;
import com.laca.domain.academy.course.CompletionReport;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.course.Progress;
import com.laca.domain.academy.course.SampleCourses;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("An enrolment: invited, active, completed, withdrawn or expired")
class EnrolmentLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant YEAR_LATER = NOW.plus(Duration.ofDays(365));
    private static final UserId LEARNER = UserId.random();
    private static final AccessDecision ALLOWED = new AccessDecision.Allowed();
    private static final AccessDecision DENIED = new AccessDecision.Denied(List.of(UnmetCondition.of(
            UnmetCondition.Code.REGISTRATION_NOT_VERIFIED, "a registration verified by the academy")));

    private final SampleCourses sample = new SampleCourses();
    private final Course open = new Course(sample.course, "Foundation botulinum toxin", true, AccessRule.none());
    private final Course byInvitation = new Course(CourseId.random(), "Advanced fillers", false, AccessRule.none());

    private static Enrolment applied(EnrolmentResult result) {
        assertThat(result).isInstanceOf(EnrolmentResult.Applied.class);
        return ((EnrolmentResult.Applied) result).enrolment();
    }

    private static EnrolmentRefusal refusal(EnrolmentResult result) {
        assertThat(result).isInstanceOf(EnrolmentResult.Refused.class);
        return ((EnrolmentResult.Refused) result).reason();
    }

    private Enrolment active() {
        return applied(Enrolment.selfEnrol(EnrolmentId.random(), open, LEARNER, ALLOWED, NOW, Optional.of(YEAR_LATER)));
    }

    private CompletionReport report(CourseVersion version, Set<LessonId> done) {
        return CompletionReport.evaluate(version, LEARNER, done, new OverallGrade.NotAttempted(), List.of(),
                List.of());
    }

    @Nested
    @DisplayName("Entering a course")
    class Entering {

        @Test
        @DisplayName("a learner enrols themselves on a course that allows it and is active at once")
        void selfEnrol() {
            Enrolment enrolment = active();

            assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ACTIVE);
            assertThat(enrolment.route()).isEqualTo(EnrolmentRoute.SELF);
        }

        @Test
        @DisplayName("self-enrolment is refused on a course that takes learners by invitation only")
        void invitationOnly() {
            assertThat(refusal(Enrolment.selfEnrol(EnrolmentId.random(), byInvitation, LEARNER, ALLOWED, NOW,
                    Optional.empty()))).isEqualTo(EnrolmentRefusal.SELF_ENROLMENT_CLOSED);
        }

        @Test
        @DisplayName("unmet prerequisites refuse self-enrolment and staff enrolment alike, listing what is missing")
        void prerequisites() {
            EnrolmentResult self = Enrolment.selfEnrol(EnrolmentId.random(), open, LEARNER, DENIED, NOW,
                    Optional.empty());
            EnrolmentResult staff = Enrolment.enrolByStaff(EnrolmentId.random(), open, LEARNER, DENIED, NOW,
                    Optional.empty());

            assertThat(refusal(self)).isEqualTo(EnrolmentRefusal.PREREQUISITES_NOT_MET);
            assertThat(refusal(staff)).isEqualTo(EnrolmentRefusal.PREREQUISITES_NOT_MET);
            assertThat(((EnrolmentResult.Refused) staff).prerequisites()).isEqualTo(DENIED.unmet());
        }

        @Test
        @DisplayName("an invitation becomes active when accepted, if the learner then meets the prerequisites")
        void invitation() {
            Enrolment invited = applied(Enrolment.invite(EnrolmentId.random(), byInvitation, LEARNER, NOW,
                    Optional.of(YEAR_LATER)));

            assertThat(invited.status()).isEqualTo(EnrolmentStatus.INVITED);
            assertThat(refusal(invited.accept(DENIED, NOW.plusSeconds(60))))
                    .isEqualTo(EnrolmentRefusal.PREREQUISITES_NOT_MET);
            assertThat(applied(invited.accept(ALLOWED, NOW.plusSeconds(60))).status())
                    .isEqualTo(EnrolmentStatus.ACTIVE);
        }
    }

    @Nested
    @DisplayName("Completing")
    class Completing {

        @Test
        @DisplayName("is refused while anything is missing, with the list")
        void notYet() {
            EnrolmentResult result = active().complete(report(sample.lessonsOnly(1, List.of(sample.video),
                    List.of()), Set.of()), NOW);

            assertThat(refusal(result)).isEqualTo(EnrolmentRefusal.NOT_COMPLETE);
            assertThat(((EnrolmentResult.Refused) result).missing()).hasSize(1);
        }

        @Test
        @DisplayName("records the version completed and when")
        void completed() {
            CourseVersion version1 = sample.lessonsOnly(1, List.of(sample.video), List.of());

            Enrolment completed = applied(active().complete(report(version1, Set.of(sample.video.id())),
                    NOW.plusSeconds(3600)));

            assertThat(completed.status()).isEqualTo(EnrolmentStatus.COMPLETED);
            assertThat(completed.completedVersion()).contains(1);
            assertThat(completed.completedAt()).contains(NOW.plusSeconds(3600));
        }

        @Test
        @DisplayName("a learner who completed version 1 stays complete, and 100 %, when version 2 adds a lesson; "
                + "an active learner follows version 2")
        void ruleForCompletedLearners() {
            CourseVersion version1 = sample.lessonsOnly(1, List.of(sample.video), List.of());
            Lesson added = new Lesson(LessonId.random(), "Complications", true, new LessonContent.Reading("…"));
            CourseVersion version2 = sample.lessonsOnly(2, List.of(sample.video, added), List.of());
            Set<LessonId> done = Set.of(sample.video.id());
            Enrolment completed = applied(active().complete(report(version1, done), NOW));
            Enrolment studying = active();
            Function<Integer, CourseVersion> versions = number -> number == 1 ? version1 : version2;

            assertThat(completed.statusAt(YEAR_LATER.plusSeconds(1))).isEqualTo(EnrolmentStatus.COMPLETED);
            assertThat(Progress.of(versions.apply(completed.progressVersion(2)), done).percent()).isEqualTo(100);
            assertThat(Progress.of(versions.apply(studying.progressVersion(2)), done).percent()).isEqualTo(50);
        }

        @Test
        @DisplayName("is taken back only by reopening (a regrade took the pass away), with the reason kept")
        void reopen() {
            CourseVersion version1 = sample.lessonsOnly(1, List.of(sample.video), List.of());
            Enrolment completed = applied(active().complete(report(version1, Set.of(sample.video.id())), NOW));

            Enrolment reopened = applied(completed.reopen("Regrade: question 12 corrected", NOW.plusSeconds(60)));

            assertThat(reopened.status()).isEqualTo(EnrolmentStatus.ACTIVE);
            assertThat(reopened.completedVersion()).isEmpty();
            assertThat(reopened.note()).contains("Regrade: question 12 corrected");
            assertThat(refusal(active().reopen("x", NOW))).isEqualTo(EnrolmentRefusal.ILLEGAL_TRANSITION);
        }
    }

    @Nested
    @DisplayName("Withdrawing and expiring")
    class Ending {

        @Test
        @DisplayName("a learner may withdraw (with a reason) while invited or active")
        void withdraw() {
            Enrolment withdrawn = applied(active().withdraw("Moved abroad", NOW.plusSeconds(60)));

            assertThat(withdrawn.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(withdrawn.endedAt()).contains(NOW.plusSeconds(60));
            assertThat(refusal(withdrawn.withdraw("again", NOW.plusSeconds(120))))
                    .isEqualTo(EnrolmentRefusal.ILLEGAL_TRANSITION);
        }

        @Test
        @DisplayName("access lapses by itself at its end: from that instant the enrolment counts as expired")
        void lapses() {
            Enrolment enrolment = active();

            assertThat(enrolment.statusAt(YEAR_LATER.minusSeconds(1))).isEqualTo(EnrolmentStatus.ACTIVE);
            assertThat(enrolment.statusAt(YEAR_LATER)).isEqualTo(EnrolmentStatus.EXPIRED);
            assertThat(refusal(enrolment.complete(report(sample.lessonsOnly(1, List.of(sample.video), List.of()),
                    Set.of(sample.video.id())), YEAR_LATER))).isEqualTo(EnrolmentRefusal.ACCESS_EXPIRED);
        }

        @Test
        @DisplayName("expiry is recorded only once access has run out")
        void expire() {
            Enrolment enrolment = active();

            assertThat(refusal(enrolment.expire(YEAR_LATER.minusSeconds(1))))
                    .isEqualTo(EnrolmentRefusal.ACCESS_STILL_RUNNING);
            assertThat(applied(enrolment.expire(YEAR_LATER)).status()).isEqualTo(EnrolmentStatus.EXPIRED);
        }
    }

    @Test
    @DisplayName("The state machine's arrows are exactly the documented ones; withdrawn and expired are final")
    void arrows() {
        assertThat(EnrolmentStatus.INVITED.next()).containsExactlyInAnyOrder(EnrolmentStatus.ACTIVE,
                EnrolmentStatus.WITHDRAWN, EnrolmentStatus.EXPIRED);
        assertThat(EnrolmentStatus.ACTIVE.next()).containsExactlyInAnyOrder(EnrolmentStatus.COMPLETED,
                EnrolmentStatus.WITHDRAWN, EnrolmentStatus.EXPIRED);
        assertThat(EnrolmentStatus.COMPLETED.next()).containsExactly(EnrolmentStatus.ACTIVE);
        assertThat(EnumSet.of(EnrolmentStatus.WITHDRAWN, EnrolmentStatus.EXPIRED))
                .allSatisfy(status -> assertThat(status.next()).isEmpty());
        assertThatThrownBy(() -> new Enrolment(EnrolmentId.random(), sample.course, LEARNER, EnrolmentRoute.SELF,
                EnrolmentStatus.COMPLETED, NOW, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty())).hasMessageContaining("completed");
    }
}

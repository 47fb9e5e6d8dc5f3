package com.laca.domain.academy.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.grading.OverallGrade;
import com.laca.domain.academy.grading.Score;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Cases;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.PracticeResult;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Completing a course: lessons, the theory pass, signed-off cases and OSCE stations")
class CompletionReportTest {

    private static final UserId TRAINEE = UserId.random();
    private static final OverallGrade PASSED = new OverallGrade.Decided(Score.parse("72.00"), true, List.of());

    private final SampleCourses sample = new SampleCourses();
    private final CourseVersion version = sample.version1();
    private final Set<LessonId> allLessons = Set.of(sample.video.id(), sample.reading.id(), sample.live.id(),
            sample.practical.id());

    private List<CaseLogEntry> enoughCases() {
        return List.of(Cases.signedOff(TRAINEE, sample.course, Modality.OBSERVED, sample.practice),
                Cases.signedOff(TRAINEE, sample.course, Modality.OBSERVED, sample.practice),
                Cases.signedOff(TRAINEE, sample.course, Modality.PERFORMED_UNDER_SUPERVISION, sample.practice),
                Cases.signedOff(TRAINEE, sample.course, Modality.PERFORMED_UNDER_SUPERVISION, sample.practice));
    }

    private OsceRecord passedStation() {
        return ((PracticeResult.Applied<OsceRecord>) OsceRecord.none(sample.consent, TRAINEE)
                .record(true, UserId.random(), Instant.EPOCH, Optional.empty())).value();
    }

    @Test
    @DisplayName("Everything done: complete, for this version")
    void complete() {
        CompletionReport report = CompletionReport.evaluate(version, TRAINEE, allLessons, PASSED, enoughCases(),
                List.of(passedStation()));

        assertThat(report.complete()).isTrue();
        assertThat(report.version()).isEqualTo(1);
        assertThat(report.unmet()).isEmpty();
    }

    @Test
    @DisplayName("Nothing done: every part is listed as missing, each with what is left")
    void nothingDone() {
        CompletionReport report = CompletionReport.evaluate(version, TRAINEE, Set.of(),
                new OverallGrade.NotAttempted(), List.of(), List.of());

        assertThat(report.complete()).isFalse();
        assertThat(report.unmet()).extracting(UnmetCriterion::criterion).containsExactly(CompletionCriterion.LESSONS,
                CompletionCriterion.THEORY, CompletionCriterion.PRACTICAL_CASES, CompletionCriterion.OSCE_STATIONS);
        assertThat(report.unmet()).extracting(UnmetCriterion::detail).containsExactly(
                "4 of 4 required lessons to go",
                "the theory assessment has not been taken",
                "2 more observed, 2 more performed under supervision case(s) to be signed off",
                "OSCE station 'Consultation and consent': not attempted");
    }

    @Test
    @DisplayName("The theory pass is the part missing while an essay waits or the score is below the pass mark")
    void theory() {
        OverallGrade waiting = new OverallGrade.Awaiting(List.of(AttemptId.random()), Optional.empty());
        OverallGrade failed = new OverallGrade.Decided(Score.parse("58.00"), false, List.of());

        assertThat(CompletionReport.evaluate(version, TRAINEE, allLessons, waiting, enoughCases(),
                List.of(passedStation())).unmet()).extracting(UnmetCriterion::detail)
                .containsExactly("the theory assessment waits for an instructor to mark it");
        assertThat(CompletionReport.evaluate(version, TRAINEE, allLessons, failed, enoughCases(),
                List.of(passedStation())).unmet()).extracting(UnmetCriterion::detail)
                .containsExactly("the theory assessment scored 58.00 %, which is not a pass");
    }

    @Test
    @DisplayName("A lessons-only course needs no theory, cases or stations")
    void lessonsOnly() {
        CourseVersion simple = sample.lessonsOnly(1, List.of(sample.video), List.of());

        assertThat(CompletionReport.evaluate(simple, TRAINEE, Set.of(sample.video.id()),
                new OverallGrade.NotAttempted(), List.of(), List.of()).complete()).isTrue();
    }

    @Test
    @DisplayName("Another trainee's cases, or cases for another course, are never counted")
    void ownCasesOnly() {
        List<CaseLogEntry> someoneElses = List.of(Cases.signedOff(UserId.random(), sample.course, Modality.OBSERVED,
                sample.practice));
        List<CaseLogEntry> otherCourse = List.of(Cases.signedOff(TRAINEE, CourseId.random(), Modality.OBSERVED,
                sample.practice));

        assertThatThrownBy(() -> CompletionReport.evaluate(version, TRAINEE, allLessons, PASSED, someoneElses,
                List.of())).hasMessageContaining("learner's own");
        assertThatThrownBy(() -> CompletionReport.evaluate(version, TRAINEE, allLessons, PASSED, otherCourse,
                List.of())).hasMessageContaining("learner's own");
    }
}

package com.laca.domain.academy.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.academy.LessonId;
import com.laca.domain.shared.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who may mark a lesson complete, and when")
class LessonCompletionTest {

    private static final UserId LEARNER = UserId.random();
    private final SampleCourses sample = new SampleCourses();

    private static LessonCompletionResult.Reason refusal(LessonCompletionResult result) {
        assertThat(result).isInstanceOf(LessonCompletionResult.Refused.class);
        return ((LessonCompletionResult.Refused) result).reason();
    }

    @Test
    @DisplayName("A learner completes a video or a reading themselves")
    void selfPaced() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");

        assertThat(LessonCompletion.record(sample.video, LEARNER, CompletedBy.LEARNER, now)).isEqualTo(
                new LessonCompletionResult.Recorded(new LessonCompletion(sample.video.id(), LEARNER, now,
                        CompletedBy.LEARNER)));
        assertThat(LessonCompletion.record(sample.reading, LEARNER, CompletedBy.LEARNER, now))
                .isInstanceOf(LessonCompletionResult.Recorded.class);
    }

    @Test
    @DisplayName("Attendance at a live session and practice are recorded by staff, not claimed by the learner")
    void staffRecords() {
        assertThat(refusal(LessonCompletion.record(sample.live, LEARNER, CompletedBy.LEARNER, SampleCourses.SESSION)))
                .isEqualTo(LessonCompletionResult.Reason.STAFF_RECORDS_IT);
        assertThat(refusal(LessonCompletion.record(sample.practical, LEARNER, CompletedBy.LEARNER,
                SampleCourses.SESSION))).isEqualTo(LessonCompletionResult.Reason.STAFF_RECORDS_IT);
        assertThat(LessonCompletion.record(sample.practical, LEARNER, CompletedBy.STAFF, SampleCourses.SESSION))
                .isInstanceOf(LessonCompletionResult.Recorded.class);
    }

    @Test
    @DisplayName("Attendance cannot be recorded one second before the session starts; from its start it can")
    void notBeforeTheSession() {
        assertThat(refusal(LessonCompletion.record(sample.live, LEARNER, CompletedBy.STAFF,
                SampleCourses.SESSION.minusSeconds(1)))).isEqualTo(LessonCompletionResult.Reason.NOT_HELD_YET);
        assertThat(LessonCompletion.record(sample.live, LEARNER, CompletedBy.STAFF, SampleCourses.SESSION))
                .isInstanceOf(LessonCompletionResult.Recorded.class);
    }

    @Test
    @DisplayName("A lesson is found in the version that has it, and not in one that dropped it")
    void findLesson() {
        CourseVersion version1 = sample.version1();
        CourseVersion without = sample.lessonsOnly(2, List.of(sample.video), List.of());

        assertThat(version1.lesson(sample.live.id())).contains(sample.live);
        assertThat(without.lesson(sample.live.id())).isEmpty();
        assertThat(version1.lessons()).containsExactly(sample.video, sample.reading, sample.optional, sample.live,
                sample.practical);
    }

    @Test
    @DisplayName("A video link must be https, and a version may not list a lesson twice")
    void validation() {
        assertThatThrownBy(() -> new LessonContent.VideoLink(URI.create("http://video.example/a")))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> new LessonContent.VideoLink(URI.create("javascript:alert(1)")))
                .hasMessageContaining("https");
        Lesson twin = new Lesson(sample.video.id(), "Twin", true, new LessonContent.Reading("x"));
        assertThatThrownBy(() -> sample.lessonsOnly(1, List.of(sample.video, twin), List.of()))
                .hasMessageContaining("appears twice");
        assertThat(new Lesson(LessonId.random(), " Title ", false, new LessonContent.Reading("x")).title())
                .isEqualTo("Title");
    }
}

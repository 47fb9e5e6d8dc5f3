package com.laca.domain.academy.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.LessonId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Progress is derived from completed lessons, within 0–100 %, whatever the content changes")
class ProgressTest {

    private final SampleCourses sample = new SampleCourses();
    private final CourseVersion version1 = sample.version1();

    @Test
    @DisplayName("Only required lessons count: 2 of the 4 required is 50 %, the optional lesson adds nothing")
    void requiredOnly() {
        Progress progress = Progress.of(version1, Set.of(sample.video.id(), sample.reading.id(), sample.optional.id()));

        assertThat(progress.completedRequired()).isEqualTo(2);
        assertThat(progress.required()).isEqualTo(4);
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.modules()).extracting(ModuleProgress::complete).containsExactly(true, false);
    }

    @Test
    @DisplayName("The percentage is rounded down, so 100 % means everything is done: 2 of 3 shows 66 %")
    void roundedDown() {
        CourseVersion three = sample.lessonsOnly(1, List.of(sample.video, sample.reading, sample.live), List.of());

        assertThat(Progress.of(three, Set.of(sample.video.id(), sample.reading.id())).percent()).isEqualTo(66);
        assertThat(Progress.of(three, Set.of(sample.video.id(), sample.reading.id(), sample.live.id())).percent())
                .isEqualTo(100);
    }

    @Test
    @DisplayName("A lesson added to the next version is one more to do: all 4 of version 1 are 80 % of version 2")
    void lessonAdded() {
        Lesson added = new Lesson(LessonId.random(), "Complications", true,
                new LessonContent.Reading("Ptosis, asymmetry, …"));
        CourseVersion version2 = sample.lessonsOnly(2, List.of(sample.video, sample.reading, added),
                List.of(sample.live, sample.practical));
        Set<LessonId> allOfVersion1 = Set.of(sample.video.id(), sample.reading.id(), sample.live.id(),
                sample.practical.id());

        assertThat(Progress.of(version1, allOfVersion1).percent()).isEqualTo(100);
        assertThat(Progress.of(version2, allOfVersion1).percent()).isEqualTo(80);
        assertThat(Progress.of(version2, allOfVersion1).complete()).isFalse();
    }

    @Test
    @DisplayName("A lesson removed no longer counts, and progress never goes above 100 %")
    void lessonRemoved() {
        CourseVersion version2 = sample.lessonsOnly(2, List.of(sample.video), List.of(sample.live));
        Set<LessonId> everything = Set.of(sample.video.id(), sample.reading.id(), sample.live.id(),
                sample.practical.id(), sample.optional.id());

        Progress progress = Progress.of(version2, everything);

        assertThat(progress.completedRequired()).isEqualTo(2);
        assertThat(progress.required()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(100);
    }

    @Test
    @DisplayName("A lesson kept in the next version keeps its id, so its completion carries over")
    void carriedOver() {
        CourseVersion version2 = sample.lessonsOnly(2, List.of(sample.video, sample.reading), List.of());

        assertThat(Progress.of(version2, Set.of(sample.video.id())).percent()).isEqualTo(50);
    }

    @Test
    @DisplayName("A version with no required lesson is 100 % done")
    void nothingRequired() {
        CourseVersion optionalOnly = sample.lessonsOnly(1, List.of(sample.optional), List.of());

        assertThat(Progress.of(optionalOnly, Set.of()).percent()).isEqualTo(100);
    }
}

package com.laca.domain.academy.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.academy.LessonId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("Progress over random content changes")
class ProgressPropertiesTest {

    @Property
    @Label("whatever lessons are added, removed or made optional, progress stays within 0–100 % and is 100 only "
            + "when every required lesson is done")
    void alwaysWithinBounds(@ForAll long seed) {
        Random random = new Random(seed);
        SampleCourses sample = new SampleCourses();
        List<Lesson> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pool.add(new Lesson(LessonId.random(), "Lesson " + i, random.nextBoolean(),
                    new LessonContent.Reading("Text " + i)));
        }
        Set<LessonId> completed = new HashSet<>();
        pool.forEach(lesson -> {
            if (random.nextBoolean()) {
                completed.add(lesson.id());
            }
        });
        List<Lesson> version = new ArrayList<>(pool.stream().filter(lesson -> random.nextInt(3) > 0).toList());
        if (version.isEmpty()) {
            version.add(pool.get(0));
        }

        Progress progress = Progress.of(sample.lessonsOnly(1 + random.nextInt(5), version, List.of()), completed);

        assertThat(progress.percent()).isBetween(0, 100);
        boolean allRequiredDone = version.stream().filter(Lesson::required)
                .allMatch(lesson -> completed.contains(lesson.id()));
        assertThat(progress.percent() == 100).isEqualTo(allRequiredDone);
        assertThat(progress.complete()).isEqualTo(allRequiredDone);
    }
}

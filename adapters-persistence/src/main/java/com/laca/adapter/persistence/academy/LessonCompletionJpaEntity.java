package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.course.CompletedBy;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A row of {@code academy_lesson_completions}: one per learner and lesson of a course, written once. */
@Entity
@Table(name = "academy_lesson_completions")
@IdClass(LessonCompletionJpaEntity.Key.class)
class LessonCompletionJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "course_id", length = 36)
    private String courseId;
    @Id
    @Column(name = "learner_id", length = 36)
    private String learnerId;
    @Id
    @Column(name = "lesson_id", length = 36)
    private String lessonId;
    @Column(name = "completed_at")
    private OffsetDateTime completedAt;
    @Column(name = "completed_by")
    private String completedBy;

    protected LessonCompletionJpaEntity() {
    }

    LessonCompletionJpaEntity(CourseId course, LessonCompletion completion) {
        courseId = course.toString();
        learnerId = completion.learner().toString();
        lessonId = completion.lesson().toString();
        completedAt = Columns.timestamp(completion.completedAt());
        completedBy = completion.by().name();
    }

    LessonCompletion toDomain() {
        return new LessonCompletion(LessonId.parse(lessonId), UserId.parse(learnerId), Columns.instant(completedAt),
                CompletedBy.valueOf(completedBy));
    }

    static Key key(CourseId course, LessonCompletion completion) {
        return new Key(course.toString(), completion.learner().toString(), completion.lesson().toString());
    }

    /** The row's identity within its tenant: course, learner and lesson. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String courseId;
        private String learnerId;
        private String lessonId;

        public Key() {
        }

        Key(String courseId, String learnerId, String lessonId) {
            this.courseId = courseId;
            this.learnerId = learnerId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(courseId, key.courseId)
                    && Objects.equals(learnerId, key.learnerId) && Objects.equals(lessonId, key.lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, learnerId, lessonId);
        }
    }
}

package com.laca.domain.academy.course;

import com.laca.domain.academy.LessonId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The fact that a learner completed a lesson, the only thing about progress that is stored.
 *
 * @param by who recorded it
 */
public record LessonCompletion(LessonId lesson, UserId learner, Instant completedAt, CompletedBy by) {

    public LessonCompletion {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(by, "by");
    }

    /**
     * Records a completion, refused when a learner claims a live session or practical (staff record those) or a live
     * session is recorded before it starts.
     */
    public static LessonCompletionResult record(Lesson lesson, UserId learner, CompletedBy by, Instant now) {
        if (by == CompletedBy.LEARNER && !lesson.content().learnerCompletes()) {
            return new LessonCompletionResult.Refused(LessonCompletionResult.Reason.STAFF_RECORDS_IT,
                    "attendance and practice are recorded by staff");
        }
        if (lesson.content() instanceof LessonContent.LiveSession session && now.isBefore(session.startsAt())) {
            return new LessonCompletionResult.Refused(LessonCompletionResult.Reason.NOT_HELD_YET,
                    "the session starts at " + session.startsAt());
        }
        return new LessonCompletionResult.Recorded(new LessonCompletion(lesson.id(), learner, now, by));
    }
}

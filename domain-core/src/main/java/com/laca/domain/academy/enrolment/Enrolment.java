package com.laca.domain.academy.enrolment;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.Texts;
import com.laca.domain.academy.access.AccessDecision;
import com.laca.domain.academy.course.CompletionReport;
import com.laca.domain.academy.course.Course;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's place on a course, immutable, with its lifecycle as a state machine: each command takes "now" and
 * answers an {@link EnrolmentResult}. An access period lapses by itself ({@link #statusAt}) without a job.
 *
 * <p>Completion is recorded with the version completed. A completed learner stays completed for that version when the
 * course gets a new one; their progress is shown against the version they completed ({@link #progressVersion}). An
 * active learner always follows the current version. Only a regrade that takes away their pass reopens a completed
 * enrolment ({@link #reopen}).
 *
 * @param accessUntil      when access ends if the course is not completed by then, if it ever does
 * @param completedVersion the version completed, once completed
 * @param completedAt      when, once completed
 * @param endedAt          when it was withdrawn or expired
 * @param note             the reason given for a withdrawal or reopening
 */
public record Enrolment(EnrolmentId id, CourseId course, UserId learner, EnrolmentRoute route,
                        EnrolmentStatus status, Instant enrolledAt, Optional<Instant> accessUntil,
                        Optional<Integer> completedVersion, Optional<Instant> completedAt, Optional<Instant> endedAt,
                        Optional<String> note) {

    public Enrolment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(accessUntil, "accessUntil");
        Objects.requireNonNull(completedVersion, "completedVersion");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        note = Texts.optional(note, "note", 1000);
        boolean completed = status == EnrolmentStatus.COMPLETED;
        if (completed != completedVersion.isPresent() || completed != completedAt.isPresent()) {
            throw new IllegalArgumentException("a completed version and time belong to completed enrolments only");
        }
        boolean ended = status == EnrolmentStatus.WITHDRAWN || status == EnrolmentStatus.EXPIRED;
        if (ended != endedAt.isPresent()) {
            throw new IllegalArgumentException("an end time belongs to withdrawn and expired enrolments only");
        }
        if (accessUntil.isPresent() && !accessUntil.get().isAfter(enrolledAt)) {
            throw new IllegalArgumentException("access must end after it starts");
        }
    }

    /** Staff invite a learner; prerequisites are checked when the learner accepts. */
    public static EnrolmentResult invite(EnrolmentId id, Course course, UserId learner, Instant now,
                                         Optional<Instant> accessUntil) {
        return new EnrolmentResult.Applied(fresh(id, course, learner, EnrolmentRoute.INVITED,
                EnrolmentStatus.INVITED, now, accessUntil));
    }

    /** Staff enrol a learner directly, if the learner meets the prerequisites. */
    public static EnrolmentResult enrolByStaff(EnrolmentId id, Course course, UserId learner, AccessDecision access,
                                               Instant now, Optional<Instant> accessUntil) {
        if (!access.allowed()) {
            return unmet(access);
        }
        return new EnrolmentResult.Applied(fresh(id, course, learner, EnrolmentRoute.BY_STAFF,
                EnrolmentStatus.ACTIVE, now, accessUntil));
    }

    /** A learner enrols themselves, if the course allows it and they meet the prerequisites. */
    public static EnrolmentResult selfEnrol(EnrolmentId id, Course course, UserId learner, AccessDecision access,
                                            Instant now, Optional<Instant> accessUntil) {
        if (!course.selfEnrolment()) {
            return EnrolmentResult.Refused.because(EnrolmentRefusal.SELF_ENROLMENT_CLOSED,
                    "'" + course.title() + "' takes learners by invitation only");
        }
        if (!access.allowed()) {
            return unmet(access);
        }
        return new EnrolmentResult.Applied(fresh(id, course, learner, EnrolmentRoute.SELF, EnrolmentStatus.ACTIVE,
                now, accessUntil));
    }

    /** The status at {@code now}: an invitation or active enrolment whose access has run out counts as expired. */
    public EnrolmentStatus statusAt(Instant now) {
        boolean lapsed = accessUntil.isPresent() && !now.isBefore(accessUntil.get());
        return lapsed && (status == EnrolmentStatus.INVITED || status == EnrolmentStatus.ACTIVE)
                ? EnrolmentStatus.EXPIRED : status;
    }

    /** The course version progress is shown against: the version completed, or else the current one. */
    public int progressVersion(int currentVersion) {
        return completedVersion.orElse(currentVersion);
    }

    /** The learner accepts an invitation: INVITED → ACTIVE, if they meet the prerequisites. */
    public EnrolmentResult accept(AccessDecision access, Instant now) {
        if (status != EnrolmentStatus.INVITED) {
            return illegal(status, EnrolmentStatus.ACTIVE);
        }
        Optional<EnrolmentResult> refused = refuseMove(EnrolmentStatus.ACTIVE, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!access.allowed()) {
            return unmet(access);
        }
        return applied(EnrolmentStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(), note);
    }

    /** Records completion: ACTIVE → COMPLETED, only when the report says the course version is complete. */
    public EnrolmentResult complete(CompletionReport report, Instant now) {
        Optional<EnrolmentResult> refused = refuseMove(EnrolmentStatus.COMPLETED, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!report.complete()) {
            return new EnrolmentResult.Refused(EnrolmentRefusal.NOT_COMPLETE, "the course is not complete yet",
                    List.of(), report.unmet());
        }
        return applied(EnrolmentStatus.COMPLETED, Optional.of(report.version()), Optional.of(now), Optional.empty(),
                note);
    }

    /** The learner leaves or is taken off the course: INVITED or ACTIVE → WITHDRAWN. */
    public EnrolmentResult withdraw(String reason, Instant now) {
        Optional<EnrolmentResult> refused = refuseMove(EnrolmentStatus.WITHDRAWN, now);
        return refused.orElseGet(() -> applied(EnrolmentStatus.WITHDRAWN, Optional.empty(), Optional.empty(),
                Optional.of(now), Optional.of(Texts.required(reason, "reason", 1000))));
    }

    /** Records that the access period ran out: INVITED or ACTIVE → EXPIRED, only once it has. */
    public EnrolmentResult expire(Instant now) {
        if (!status.canMoveTo(EnrolmentStatus.EXPIRED)) {
            return illegal(status, EnrolmentStatus.EXPIRED);
        }
        if (statusAt(now) != EnrolmentStatus.EXPIRED) {
            return EnrolmentResult.Refused.because(EnrolmentRefusal.ACCESS_STILL_RUNNING,
                    accessUntil.map(until -> "access runs until " + until).orElse("access does not expire"));
        }
        return applied(EnrolmentStatus.EXPIRED, Optional.empty(), Optional.empty(), Optional.of(now), note);
    }

    /**
     * Takes completion back when the learner no longer qualifies (a regrade took their pass away): COMPLETED → ACTIVE,
     * with the reason kept.
     */
    public EnrolmentResult reopen(String reason, Instant now) {
        if (status != EnrolmentStatus.COMPLETED) {
            return illegal(status, EnrolmentStatus.ACTIVE);
        }
        return applied(EnrolmentStatus.ACTIVE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Texts.required(reason, "reason", 1000)));
    }

    private Optional<EnrolmentResult> refuseMove(EnrolmentStatus target, Instant now) {
        EnrolmentStatus current = statusAt(now);
        if (current == EnrolmentStatus.EXPIRED && status != EnrolmentStatus.EXPIRED) {
            return Optional.of(EnrolmentResult.Refused.because(EnrolmentRefusal.ACCESS_EXPIRED,
                    "access ended at " + accessUntil.orElseThrow()));
        }
        return current.canMoveTo(target) ? Optional.empty() : Optional.of(illegal(current, target));
    }

    private EnrolmentResult applied(EnrolmentStatus target, Optional<Integer> version, Optional<Instant> completed,
                                    Optional<Instant> ended, Optional<String> newNote) {
        return new EnrolmentResult.Applied(new Enrolment(id, course, learner, route, target, enrolledAt, accessUntil,
                version, completed, ended, newNote));
    }

    private static Enrolment fresh(EnrolmentId id, Course course, UserId learner, EnrolmentRoute route,
                                   EnrolmentStatus status, Instant now, Optional<Instant> accessUntil) {
        return new Enrolment(id, course.id(), learner, route, status, now, accessUntil, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static EnrolmentResult unmet(AccessDecision access) {
        return new EnrolmentResult.Refused(EnrolmentRefusal.PREREQUISITES_NOT_MET,
                "the course's prerequisites are not met", access.unmet(), List.of());
    }

    private static EnrolmentResult illegal(EnrolmentStatus from, EnrolmentStatus to) {
        return EnrolmentResult.Refused.because(EnrolmentRefusal.ILLEGAL_TRANSITION,
                "an enrolment cannot go from " + from + " to " + to);
    }
}

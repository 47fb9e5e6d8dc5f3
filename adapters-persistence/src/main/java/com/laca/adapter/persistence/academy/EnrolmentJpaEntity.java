package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentRoute;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A row of {@code academy_enrolments}: the stored state only; progress is derived from lesson completions. */
@Entity
@Table(name = "academy_enrolments")
class EnrolmentJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "learner_id")
    private String learnerId;
    @Column(name = "route")
    private String route;
    @Column(name = "status")
    private String status;
    @Column(name = "enrolled_at")
    private OffsetDateTime enrolledAt;
    @Column(name = "access_until")
    private OffsetDateTime accessUntil;
    @Column(name = "completed_version")
    private Integer completedVersion;
    @Column(name = "completed_at")
    private OffsetDateTime completedAt;
    @Column(name = "ended_at")
    private OffsetDateTime endedAt;
    @Column(name = "note")
    private String note;
    @Version
    @Column(name = "version")
    private long version;

    protected EnrolmentJpaEntity() {
    }

    EnrolmentJpaEntity(Enrolment enrolment) {
        id = enrolment.id().toString();
        courseId = enrolment.course().toString();
        learnerId = enrolment.learner().toString();
        route = enrolment.route().name();
        enrolledAt = Columns.timestamp(enrolment.enrolledAt());
        copyFrom(enrolment);
    }

    String courseId() {
        return courseId;
    }

    String learnerId() {
        return learnerId;
    }

    Enrolment toDomain() {
        return new Enrolment(EnrolmentId.parse(id), CourseId.parse(courseId), UserId.parse(learnerId),
                EnrolmentRoute.valueOf(route), EnrolmentStatus.valueOf(status), Columns.instant(enrolledAt),
                Optional.ofNullable(accessUntil).map(Columns::instant), Optional.ofNullable(completedVersion),
                Optional.ofNullable(completedAt).map(Columns::instant), Optional.ofNullable(endedAt).map(Columns::instant),
                Optional.ofNullable(note));
    }

    /** Copies what may change over an enrolment's life; id, course, learner, route and start never do. */
    void copyFrom(Enrolment enrolment) {
        status = enrolment.status().name();
        accessUntil = enrolment.accessUntil().map(Columns::timestamp).orElse(null);
        completedVersion = enrolment.completedVersion().orElse(null);
        completedAt = enrolment.completedAt().map(Columns::timestamp).orElse(null);
        endedAt = enrolment.endedAt().map(Columns::timestamp).orElse(null);
        note = enrolment.note().orElse(null);
    }
}

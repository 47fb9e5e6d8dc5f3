package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** A row of {@code academy_osce_sittings}: one sitting of one station by one trainee, written once. */
@Entity
@Table(name = "academy_osce_sittings")
@IdClass(OsceSittingJpaEntity.Key.class)
class OsceSittingJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "course_id", length = 36)
    private String courseId;
    @Id
    @Column(name = "station_id", length = 36)
    private String stationId;
    @Id
    @Column(name = "trainee_id", length = 36)
    private String traineeId;
    @Id
    @Column(name = "attempt")
    private int attempt;
    @Column(name = "passed")
    private boolean passed;
    @Column(name = "examiner_id")
    private String examinerId;
    @Column(name = "examined_at")
    private OffsetDateTime examinedAt;
    @Column(name = "comment")
    private String comment;

    protected OsceSittingJpaEntity() {
    }

    OsceSittingJpaEntity(CourseId course, OsceStationId station, UserId trainee, OsceResult sitting) {
        courseId = course.toString();
        stationId = station.toString();
        traineeId = trainee.toString();
        attempt = sitting.attempt();
        passed = sitting.passed();
        examinerId = sitting.examiner().toString();
        examinedAt = Columns.timestamp(sitting.examinedAt());
        comment = sitting.comment().orElse(null);
    }

    OsceResult toDomain() {
        return new OsceResult(attempt, passed, UserId.parse(examinerId), Columns.instant(examinedAt),
                Optional.ofNullable(comment));
    }

    /** The row's identity within its tenant: course, station, trainee and sitting number. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String courseId;
        private String stationId;
        private String traineeId;
        private int attempt;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(courseId, key.courseId)
                    && Objects.equals(stationId, key.stationId) && Objects.equals(traineeId, key.traineeId)
                    && attempt == key.attempt;
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, stationId, traineeId, attempt);
        }
    }
}

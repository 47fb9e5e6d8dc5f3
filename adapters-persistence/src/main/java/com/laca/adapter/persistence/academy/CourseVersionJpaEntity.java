package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.Profession;
import com.laca.domain.academy.course.CourseLevel;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.academy.course.CpdFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A row of {@code academy_course_versions}, written once: the CPD facts as columns (certificates and CPD records
 * print them), the modules, lessons and requirements as one document.
 */
@Entity
@Table(name = "academy_course_versions")
@IdClass(CourseVersionJpaEntity.Key.class)
class CourseVersionJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "course_id", length = 36)
    private String courseId;
    @Id
    @Column(name = "number")
    private int number;
    @Column(name = "cpd_hours")
    private BigDecimal cpdHours;
    @Column(name = "cpd_participatory_hours")
    private BigDecimal participatoryHours;
    @Column(name = "accrediting_body")
    private String accreditingBody;
    @Column(name = "accreditation_number")
    private String accreditationNumber;
    @Column(name = "course_level")
    private String level;
    @Column(name = "target_professions")
    private String targetProfessions;
    @Column(name = "certificate_validity")
    private String certificateValidity;
    @Column(name = "content")
    private String content;

    protected CourseVersionJpaEntity() {
    }

    CourseVersionJpaEntity(CourseVersion version) {
        courseId = version.course().toString();
        number = version.number();
        CpdFacts cpd = version.cpd();
        cpdHours = cpd.hours();
        participatoryHours = cpd.participatoryHours();
        accreditingBody = cpd.accreditingBody();
        accreditationNumber = cpd.accreditationNumber();
        level = cpd.level().name();
        targetProfessions = Columns.codes(cpd.targetProfessions());
        certificateValidity = version.certificateValidity().map(Period::toString).orElse(null);
        content = AcademyDocuments.content(version.modules(), version.requirements());
    }

    CourseVersion toDomain() {
        CpdFacts cpd = new CpdFacts(cpdHours.stripTrailingZeros(), participatoryHours.stripTrailingZeros(),
                accreditingBody, accreditationNumber, CourseLevel.valueOf(level),
                Columns.codes(targetProfessions).stream().map(Profession::valueOf).collect(Collectors.toSet()));
        return new CourseVersion(CourseId.parse(courseId), number, AcademyDocuments.modules(content), cpd,
                AcademyDocuments.requirements(content), Optional.ofNullable(certificateValidity).map(Period::parse));
    }

    /** The row's identity within its tenant: course and version number. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String courseId;
        private int number;

        public Key() {
        }

        Key(String courseId, int number) {
            this.courseId = courseId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(courseId, key.courseId) && number == key.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, number);
        }
    }
}

package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.Course;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code academy_courses}; the prerequisites are a JSON document read back through the domain. */
@Entity
@Table(name = "academy_courses")
class CourseJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "title")
    private String title;
    @Column(name = "self_enrolment")
    private boolean selfEnrolment;
    @Column(name = "prerequisites")
    private String prerequisites;
    @Version
    @Column(name = "version")
    private long version;

    protected CourseJpaEntity() {
    }

    CourseJpaEntity(CourseId id) {
        this.id = id.toString();
    }

    Course toDomain() {
        return new Course(CourseId.parse(id), title, selfEnrolment, AcademyDocuments.prerequisites(prerequisites));
    }

    void copyFrom(Course course) {
        title = course.title();
        selfEnrolment = course.selfEnrolment();
        prerequisites = AcademyDocuments.prerequisites(course.prerequisites());
    }
}

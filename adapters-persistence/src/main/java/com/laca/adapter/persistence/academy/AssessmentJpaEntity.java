package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.CourseAssessment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code academy_assessments}: the course, the title and the rest as one document. */
@Entity
@Table(name = "academy_assessments")
class AssessmentJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "title")
    private String title;
    @Column(name = "document")
    private String document;
    @Version
    @Column(name = "version")
    private long version;

    protected AssessmentJpaEntity() {
    }

    AssessmentJpaEntity(CourseAssessment assessment) {
        id = assessment.assessment().id().toString();
        courseId = assessment.course().toString();
        copyFrom(assessment.assessment());
    }

    void copyFrom(Assessment assessment) {
        title = assessment.title();
        document = AssessmentDocuments.assessment(assessment.kind(), assessment.scheme(), assessment.gradingMethod(),
                assessment.rules(), assessment.blueprint());
    }

    CourseAssessment toDomain() {
        return new CourseAssessment(CourseId.parse(courseId), new Assessment(AssessmentId.parse(id), title,
                AssessmentDocuments.kind(document), AssessmentDocuments.scheme(document),
                AssessmentDocuments.method(document), AssessmentDocuments.rules(document),
                AssessmentDocuments.blueprint(document)));
    }
}

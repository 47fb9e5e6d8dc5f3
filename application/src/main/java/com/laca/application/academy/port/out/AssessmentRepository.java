package com.laca.application.academy.port.out;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.RegradeAudit;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's assessments (with the course they belong to) and the audit entries of applied
 * regrades, which are written once and never changed.
 */
public interface AssessmentRepository {

    /** Stores a new assessment; {@link com.laca.application.shared.ConflictException} if the id exists. */
    void insert(CourseAssessment assessment);

    /** Stores a changed grading scheme (a regrade's new pass mark); rules and blueprint are as created. */
    void update(Assessment assessment);

    Optional<CourseAssessment> find(AssessmentId id);

    List<CourseAssessment> listByCourse(CourseId course);

    /** Appends an audit entry for an applied regrade. */
    void insertAudit(RegradeAudit audit);

    List<RegradeAudit> listAudits(AssessmentId assessment);
}

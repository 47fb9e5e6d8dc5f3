package com.laca.application.academy.port.out;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's enrolments: one per learner and course (a second enrolment of the same learner is a
 * conflict, so two clicks never make two places).
 */
public interface EnrolmentRepository {

    /** Stores a new enrolment; {@link com.laca.application.shared.ConflictException} if the learner has one. */
    void insert(Enrolment enrolment);

    /** Stores the enrolment's new state. */
    void update(Enrolment enrolment);

    Optional<Enrolment> find(EnrolmentId id);

    /** The enrolment, locked until the transaction ends, so two changes to it queue. */
    Optional<Enrolment> findForUpdate(EnrolmentId id);

    Optional<Enrolment> findByLearner(CourseId course, UserId learner);

    List<Enrolment> listByLearner(UserId learner);

    List<Enrolment> listByCourse(CourseId course);
}

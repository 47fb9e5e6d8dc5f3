package com.laca.application.academy.service;

import com.laca.application.academy.port.in.CourseDetails;
import com.laca.application.academy.port.in.CourseDraft;
import com.laca.application.academy.port.in.ManageCoursesUseCase;
import com.laca.application.academy.port.in.VersionDraft;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import com.laca.domain.identity.Permission;
import java.util.List;

/**
 * Creates courses and publishes their versions; the next version number is taken inside the transaction and the
 * store refuses a number twice, so two publishers racing get versions n and n+1 or a conflict, never two n.
 */
public final class CourseService implements ManageCoursesUseCase {

    private final TransactionRunner tx;
    private final CourseRepository courses;

    public CourseService(TransactionRunner tx, CourseRepository courses) {
        this.tx = tx;
        this.courses = courses;
    }

    @Override
    public Course create(Caller caller, CourseDraft draft) {
        caller.require(Permission.COURSES_MANAGE);
        Course course = new Course(CourseId.random(), draft.title(), draft.selfEnrolment(), draft.prerequisites());
        tx.inTenant(caller.tenantId(), () -> {
            courses.insert(course);
            return null;
        });
        return course;
    }

    @Override
    public Course update(Caller caller, CourseId id, CourseDraft draft) {
        caller.require(Permission.COURSES_MANAGE);
        Course course = new Course(id, draft.title(), draft.selfEnrolment(), draft.prerequisites());
        return tx.inTenant(caller.tenantId(), () -> {
            courses.find(id).orElseThrow(() -> new NotFoundException("course", id));
            courses.update(course);
            return course;
        });
    }

    @Override
    public CourseVersion publish(Caller caller, CourseId id, VersionDraft draft) {
        caller.require(Permission.COURSES_MANAGE);
        return tx.inTenant(caller.tenantId(), () -> {
            courses.find(id).orElseThrow(() -> new NotFoundException("course", id));
            int next = courses.currentVersion(id).map(CourseVersion::number).orElse(0) + 1;
            CourseVersion version = new CourseVersion(id, next, draft.modules(), draft.cpd(), draft.requirements(),
                    draft.certificateValidity());
            courses.insertVersion(version);
            return version;
        });
    }

    @Override
    public List<Course> list(Caller caller) {
        caller.require(Permission.COURSES_VIEW);
        return tx.inTenant(caller.tenantId(), courses::list);
    }

    @Override
    public CourseDetails get(Caller caller, CourseId id) {
        caller.require(Permission.COURSES_VIEW);
        return tx.inTenant(caller.tenantId(), () -> new CourseDetails(
                courses.find(id).orElseThrow(() -> new NotFoundException("course", id)), courses.currentVersion(id)));
    }
}

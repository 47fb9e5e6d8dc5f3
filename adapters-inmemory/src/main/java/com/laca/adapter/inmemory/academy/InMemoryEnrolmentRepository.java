package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.shared.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's enrolments in memory, one per learner and course. */
public final class InMemoryEnrolmentRepository implements EnrolmentRepository {

    private final TenantTable<EnrolmentId, Enrolment> table;
    private final InMemoryCourseRepository courses;

    public InMemoryEnrolmentRepository(InMemoryTransactionRunner tx, InMemoryCourseRepository courses) {
        this.table = new TenantTable<>(tx);
        this.courses = courses;
    }

    @Override
    public void insert(Enrolment enrolment) {
        if (courses.find(enrolment.course()).isEmpty()) {
            throw new ConflictException("no course " + enrolment.course() + " in this academy");
        }
        if (table.find(enrolment.id()).isPresent()
                || findByLearner(enrolment.course(), enrolment.learner()).isPresent()) {
            throw new ConflictException("the learner is already enrolled on this course");
        }
        table.put(enrolment.id(), enrolment);
    }

    @Override
    public void update(Enrolment enrolment) {
        Enrolment stored = table.find(enrolment.id())
                .orElseThrow(() -> new NotFoundException("enrolment", enrolment.id()));
        if (!stored.learner().equals(enrolment.learner()) || !stored.course().equals(enrolment.course())) {
            throw new IllegalArgumentException("an enrolment keeps its learner and course");
        }
        table.put(enrolment.id(), enrolment);
    }

    @Override
    public Optional<Enrolment> find(EnrolmentId id) {
        return table.find(id);
    }

    @Override
    public Optional<Enrolment> findForUpdate(EnrolmentId id) {
        return table.find(id);
    }

    @Override
    public Optional<Enrolment> findByLearner(CourseId course, UserId learner) {
        return table.values().filter(e -> e.course().equals(course) && e.learner().equals(learner)).findFirst();
    }

    @Override
    public List<Enrolment> listByLearner(UserId learner) {
        return table.values().filter(e -> e.learner().equals(learner)).sorted(ORDER).toList();
    }

    @Override
    public List<Enrolment> listByCourse(CourseId course) {
        return table.values().filter(e -> e.course().equals(course)).sorted(ORDER).toList();
    }

    private static final Comparator<Enrolment> ORDER = Comparator.comparing(Enrolment::enrolledAt)
            .thenComparing(e -> e.id().toString());
}

package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.AttemptRepository;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's attempts in memory, one per learner, assessment and number. */
public final class InMemoryAttemptRepository implements AttemptRepository {

    private static final Comparator<Attempt> ORDER = Comparator.comparing((Attempt a) -> a.learner().toString())
            .thenComparingInt(Attempt::number);

    private final TenantTable<AttemptId, Attempt> table;

    public InMemoryAttemptRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public synchronized void insert(Attempt attempt) {
        if (table.find(attempt.id()).isPresent() || table.values().anyMatch(a -> a.assessment()
                .equals(attempt.assessment()) && a.learner().equals(attempt.learner())
                && a.number() == attempt.number())) {
            throw new ConflictException("attempt " + attempt.number() + " exists");
        }
        table.put(attempt.id(), attempt);
    }

    @Override
    public void update(Attempt attempt) {
        Attempt stored = table.find(attempt.id()).orElseThrow(() -> new NotFoundException("attempt", attempt.id()));
        if (!stored.learner().equals(attempt.learner()) || stored.number() != attempt.number()) {
            throw new IllegalArgumentException("an attempt keeps its learner and number");
        }
        table.put(attempt.id(), attempt);
    }

    @Override
    public Optional<Attempt> find(AttemptId id) {
        return table.find(id);
    }

    @Override
    public Optional<Attempt> findForUpdate(AttemptId id) {
        return table.find(id);
    }

    @Override
    public List<Attempt> listByLearner(AssessmentId assessment, UserId learner) {
        return table.values().filter(a -> a.assessment().equals(assessment) && a.learner().equals(learner))
                .sorted(ORDER).toList();
    }

    @Override
    public List<Attempt> listByAssessment(AssessmentId assessment) {
        return table.values().filter(a -> a.assessment().equals(assessment)).sorted(ORDER).toList();
    }

    @Override
    public List<Attempt> listByAssessmentForUpdate(AssessmentId assessment) {
        return listByAssessment(assessment);
    }

    @Override
    public List<Attempt> listOverdue(Instant now) {
        return table.values().filter(a -> a.isOverdue(now)).sorted(ORDER).toList();
    }
}

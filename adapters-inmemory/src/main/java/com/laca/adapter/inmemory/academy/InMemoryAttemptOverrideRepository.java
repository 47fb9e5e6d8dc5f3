package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.academy.port.out.AttemptOverrideRepository;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.domain.shared.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the tenant's per-learner assessment overrides in memory, one per learner and assessment. */
public final class InMemoryAttemptOverrideRepository implements AttemptOverrideRepository {

    private record Key(AssessmentId assessment, UserId learner) {
    }

    private final TenantTable<Key, LearnerOverride> table;

    public InMemoryAttemptOverrideRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void save(LearnerOverride override) {
        table.put(new Key(override.assessment(), override.learner()), override);
    }

    @Override
    public Optional<LearnerOverride> find(AssessmentId assessment, UserId learner) {
        return table.find(new Key(assessment, learner));
    }

    @Override
    public List<LearnerOverride> listFor(AssessmentId assessment) {
        return table.values().filter(override -> override.assessment().equals(assessment))
                .sorted(Comparator.comparing(LearnerOverride::grantedAt)
                        .thenComparing(override -> override.learner().toString())).toList();
    }
}

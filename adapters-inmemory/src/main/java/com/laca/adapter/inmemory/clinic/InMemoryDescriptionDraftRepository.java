package com.laca.adapter.inmemory.clinic;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.clinic.port.out.DescriptionDraftRepository;
import com.laca.application.shared.ConflictException;
import com.laca.domain.clinic.DescriptionDraft;
import com.laca.domain.clinic.DescriptionDraftId;
import com.laca.domain.shared.TreatmentId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Each tenant's drafted treatment descriptions in memory, rolled back with the transaction, for tests and embedders. */
public final class InMemoryDescriptionDraftRepository implements DescriptionDraftRepository {

    private final TenantTable<DescriptionDraftId, DescriptionDraft> table;

    public InMemoryDescriptionDraftRepository(InMemoryTransactionRunner tx) {
        this.table = new TenantTable<>(tx);
    }

    @Override
    public void insert(DescriptionDraft draft) {
        table.put(draft.id(), draft);
    }

    @Override
    public void update(DescriptionDraft draft, DescriptionDraft.Status expected) {
        DescriptionDraft stored = table.find(draft.id()).orElseThrow(
                () -> new ConflictException("The draft was removed meanwhile."));
        if (stored.status() != expected) {
            throw new ConflictException("The draft was changed by someone else meanwhile; read it again.");
        }
        table.put(draft.id(), draft);
    }

    @Override
    public Optional<DescriptionDraft> find(DescriptionDraftId id) {
        return table.find(id);
    }

    @Override
    public List<DescriptionDraft> forTreatment(TreatmentId treatment) {
        return table.values().filter(d -> d.treatment().equals(treatment))
                .sorted(Comparator.comparing(DescriptionDraft::draftedAt).reversed()
                        .thenComparing(d -> d.id().value()))
                .toList();
    }
}

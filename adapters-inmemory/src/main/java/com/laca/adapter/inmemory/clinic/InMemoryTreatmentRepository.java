package com.laca.adapter.inmemory.clinic;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.TreatmentId;
import java.util.Comparator;
import java.util.List;

/** Keeps the treatment menu in memory. */
public final class InMemoryTreatmentRepository extends InMemoryClinicRecordRepository<Treatment, TreatmentId>
        implements TreatmentRepository {

    private static final Comparator<Treatment> MENU_ORDER = Comparator
            .comparing((Treatment t) -> t.category().name())
            .thenComparing(Treatment::name)
            .thenComparing(t -> t.id().toString());

    public InMemoryTreatmentRepository(InMemoryTransactionRunner tx) {
        super(tx, "treatment", Treatment::id, Treatment::version,
                (t, v) -> new Treatment(t.id(), t.name(), t.category(), t.description(), t.duration(),
                        t.bufferBefore(), t.bufferAfter(), t.price(), t.requiredQualification(),
                        t.requiredResourceTypes(), t.bookingWindow(), t.depositPolicy(), t.active(), v),
                Treatment::name);
    }

    @Override
    public List<Treatment> listActive() {
        return table().values().filter(Treatment::active).sorted(MENU_ORDER).toList();
    }
}

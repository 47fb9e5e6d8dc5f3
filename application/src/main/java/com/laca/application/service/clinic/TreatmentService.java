package com.laca.application.service.clinic;

import com.laca.application.port.in.clinic.ManageTreatmentsUseCase;
import com.laca.application.port.in.clinic.PublicMenuQuery;
import com.laca.application.port.in.clinic.TreatmentDraft;
import com.laca.application.port.out.TenantRepository;
import com.laca.application.port.out.ReferenceDataVersion;
import com.laca.application.port.out.TransactionRunner;
import com.laca.application.port.out.TreatmentRepository;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.tenancy.Tenant;
import java.util.List;

/** Manages the treatment menu, priced in the tenant's own currency, and serves its public, active part. */
public final class TreatmentService extends ClinicRecordService<Treatment, TreatmentId, TreatmentDraft>
        implements ManageTreatmentsUseCase, PublicMenuQuery {

    private final TransactionRunner tx;
    private final TreatmentRepository treatments;

    public TreatmentService(TransactionRunner tx, TreatmentRepository treatments, TenantRepository tenants,
                            ReferenceDataVersion referenceData) {
        super(tx, treatments, new ClinicRecordKind<>() {
            @Override
            public String name() {
                return "treatment";
            }

            @Override
            public TreatmentId newId() {
                return TreatmentId.random();
            }

            @Override
            public Treatment build(TenantId tenant, TreatmentId id, TreatmentDraft d, long version) {
                String currency = tenants.findById(tenant).map(Tenant::currency).orElseThrow();
                return new Treatment(id, d.name(), d.category(), d.description(), d.duration(), d.bufferBefore(),
                        d.bufferAfter(), Money.of(d.priceMinorUnits(), currency), d.requiredQualification(),
                        d.requiredResourceTypes(), d.bookingWindow(), d.depositPolicy(), d.active(), version);
            }
        }, referenceData);
        this.tx = tx;
        this.treatments = treatments;
    }

    @Override
    public List<Treatment> activeTreatments(Tenant tenant) {
        return tx.inTenant(tenant.id(), treatments::listActive);
    }
}

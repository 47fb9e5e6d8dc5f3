package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.PractitionerDraft;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import java.util.Set;

/** Manages the clinic's practitioners, checking the locations they work at belong to the same clinic. */
public final class PractitionerService extends ClinicRecordService<Practitioner, PractitionerId, PractitionerDraft>
        implements ManagePractitionersUseCase {

    public PractitionerService(TransactionRunner tx, PractitionerRepository practitioners,
                               LocationRepository locations, ReferenceDataVersion referenceData) {
        super(tx, practitioners, new ClinicRecordKind<>() {
            @Override
            public String name() {
                return "practitioner";
            }

            @Override
            public PractitionerId newId() {
                return PractitionerId.random();
            }

            @Override
            public Practitioner build(TenantId tenant, PractitionerId id, PractitionerDraft d, long version) {
                Set<LocationId> at = d.locationIds() == null ? Set.of() : d.locationIds();
                References.requireLocations(locations, "locationIds", at);
                return new Practitioner(id, d.displayName(), d.qualifications(), at, d.active(), version);
            }
        }, referenceData);
    }
}

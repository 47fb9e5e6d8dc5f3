package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.PractitionerDraft;
import com.laca.application.clinic.port.out.FutureBooking;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Manages the clinic's practitioners, checking the locations they work at belong to the same clinic; a practitioner
 * with future bookings is not deactivated, nor loses a qualification or location one of them needs, without the
 * caller's say.
 */
public final class PractitionerService extends ClinicRecordService<Practitioner, PractitionerId, PractitionerDraft>
        implements ManagePractitionersUseCase {

    public PractitionerService(TransactionRunner tx, PractitionerRepository practitioners,
                               LocationRepository locations, TreatmentRepository treatments,
                               ReferenceDataVersion referenceData, FutureBookingsGateway bookings) {
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

            @Override
            public void guardBookings(TenantId tenant, Practitioner before, Practitioner after, AffectedBookings affected) {
                boolean deactivated = before.active() && !after.active();
                boolean narrowed = !after.qualifications().containsAll(before.qualifications())
                        || !after.locationIds().containsAll(before.locationIds());
                if (!deactivated && !narrowed) {
                    return;
                }
                List<FutureBooking> booked = bookings.ofPractitioner(before.id());
                if (deactivated) {
                    BookingGuard.check("deactivating practitioner " + before.displayName(), booked, affected);
                    return;
                }
                Map<TreatmentId, Qualification> required = new HashMap<>();
                List<FutureBooking> broken = booked.stream().filter(b -> (before.locationIds().contains(b.location())
                        && !after.locationIds().contains(b.location()))
                        || !after.isQualifiedFor(required.computeIfAbsent(b.treatment(),
                        t -> treatments.find(t).map(Treatment::requiredQualification).orElse(null)))).toList();
                BookingGuard.check("the change to practitioner " + before.displayName()
                        + " (qualifications or locations)", broken, affected);
            }
        }, referenceData);
    }
}

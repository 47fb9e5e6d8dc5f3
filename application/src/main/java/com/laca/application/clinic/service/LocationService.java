package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.TenantId;

/**
 * Manages the clinic's sites; a site with future bookings is not deactivated, nor moved to a law that would refuse
 * some of them, without the caller's say.
 */
public final class LocationService extends ClinicRecordService<Location, LocationId, LocationDraft>
        implements ManageLocationsUseCase {

    public LocationService(TransactionRunner tx, LocationRepository locations, ReferenceDataVersion referenceData,
                           FutureBookingsGateway bookings) {
        super(tx, locations, new ClinicRecordKind<>() {
            @Override
            public String name() {
                return "location";
            }

            @Override
            public LocationId newId() {
                return LocationId.random();
            }

            @Override
            public Location build(TenantId tenant, LocationId id, LocationDraft d, long version) {
                return new Location(id, d.name(), d.address(), d.zone(), d.jurisdiction(), d.active(), version);
            }

            @Override
            public void guardBookings(TenantId tenant, Location before, Location after, AffectedBookings affected) {
                if (before.active() && !after.active()) {
                    BookingGuard.check("deactivating location " + before.name(), bookings.atLocation(before.id()),
                            affected);
                }
                if (before.jurisdiction() != after.jurisdiction()) {
                    BookingGuard.check("moving location " + before.name() + " to the law of "
                            + after.jurisdiction().displayName(), bookings.unlawfulAt(tenant, after), affected);
                }
            }
        }, referenceData);
    }
}

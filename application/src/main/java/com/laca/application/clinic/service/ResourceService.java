package com.laca.application.clinic.service;

import com.laca.application.clinic.port.in.ManageResourcesUseCase;
import com.laca.application.clinic.port.in.ResourceDraft;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.Resource;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import java.util.Objects;
import java.util.Set;

/**
 * Manages the clinic's rooms and devices, each at one of the clinic's own locations; one held by future bookings is
 * not deactivated or moved to another location without the caller's say.
 */
public final class ResourceService extends ClinicRecordService<Resource, ResourceId, ResourceDraft>
        implements ManageResourcesUseCase {

    public ResourceService(TransactionRunner tx, ResourceRepository resources, LocationRepository locations,
                           ReferenceDataVersion referenceData, FutureBookingsGateway bookings) {
        super(tx, resources, new ClinicRecordKind<>() {
            @Override
            public String name() {
                return "resource";
            }

            @Override
            public ResourceId newId() {
                return ResourceId.random();
            }

            @Override
            public Resource build(TenantId tenant, ResourceId id, ResourceDraft d, long version) {
                if (d.locationId() != null) {
                    References.requireLocations(locations, "locationId", Set.of(d.locationId()));
                }
                return new Resource(id, d.locationId(), d.name(), d.type(), d.active(), version);
            }

            @Override
            public void guardBookings(TenantId tenant, Resource before, Resource after, AffectedBookings affected) {
                if (before.active() && !after.active()) {
                    BookingGuard.check("deactivating " + before.name(), bookings.holdingResource(before.id()),
                            affected);
                } else if (!Objects.equals(before.locationId(), after.locationId())) {
                    BookingGuard.check("moving " + before.name() + " to another location",
                            bookings.holdingResource(before.id()), affected);
                }
            }
        }, referenceData);
    }
}

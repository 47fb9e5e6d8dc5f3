package com.laca.bootstrap.wiring;

import com.laca.adapter.persistence.clinic.JpaLocationRepository;
import com.laca.adapter.persistence.clinic.JpaPractitionerRepository;
import com.laca.adapter.persistence.clinic.JpaReferenceDataVersion;
import com.laca.adapter.persistence.clinic.JpaResourceRepository;
import com.laca.adapter.persistence.clinic.JpaTreatmentRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.ManageResourcesUseCase;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.clinic.port.in.PublicMenuQuery;
import com.laca.application.clinic.port.in.PublicTeamQuery;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.clinic.port.out.PractitionerRepository;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import com.laca.application.clinic.port.out.ResourceRepository;
import com.laca.application.clinic.port.out.TreatmentRepository;
import com.laca.application.clinic.service.LocationService;
import com.laca.application.clinic.service.PractitionerService;
import com.laca.application.clinic.service.PublicMenuService;
import com.laca.application.clinic.service.PublicTeamService;
import com.laca.application.clinic.service.ResourceService;
import com.laca.application.clinic.service.StaffPractitionerRecords;
import com.laca.application.clinic.service.TreatmentService;
import com.laca.application.identity.port.out.PractitionerRecords;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The clinic area: locations, practitioners, rooms and devices and treatments over JPA with the version of the
 * reference data that availability caches, and their set-up services.
 */
@ApplicationScoped
public class ClinicWiring {

    private LocationRepository locationRepository;
    private PractitionerRepository practitionerRepository;
    private ResourceRepository resourceRepository;
    private TreatmentRepository treatmentRepository;
    private ReferenceDataVersion referenceData;
    private LocationService locations;
    private PractitionerService practitioners;
    private ResourceService resources;
    private TreatmentService treatments;
    private PublicMenuService publicMenu;
    private PublicTeamService publicTeam;

    ClinicWiring() {
        // for the CDI proxy
    }

    @Inject
    ClinicWiring(CurrentEntityManager current, JpaPersistence persistence, TransactionRunner tx,
                 TenantRepository tenants, FutureBookingsGateway futureBookings) {
        locationRepository = new JpaLocationRepository(current);
        practitionerRepository = new JpaPractitionerRepository(current);
        resourceRepository = new JpaResourceRepository(current);
        treatmentRepository = new JpaTreatmentRepository(current);
        referenceData = new JpaReferenceDataVersion(persistence, current);
        locations = new LocationService(tx, locationRepository, referenceData, futureBookings);
        practitioners = new PractitionerService(tx, practitionerRepository, locationRepository, treatmentRepository,
                referenceData, futureBookings);
        resources = new ResourceService(tx, resourceRepository, locationRepository, referenceData, futureBookings);
        treatments = new TreatmentService(tx, treatmentRepository, tenants, referenceData);
        publicMenu = new PublicMenuService(tx, treatmentRepository);
        publicTeam = new PublicTeamService(tx, locationRepository, practitionerRepository);
    }

    @Produces
    @ApplicationScoped
    LocationRepository locationRepository() {
        return locationRepository;
    }

    @Produces
    @ApplicationScoped
    PractitionerRepository practitionerRepository() {
        return practitionerRepository;
    }

    @Produces
    @ApplicationScoped
    ResourceRepository resourceRepository() {
        return resourceRepository;
    }

    @Produces
    @ApplicationScoped
    TreatmentRepository treatmentRepository() {
        return treatmentRepository;
    }

    @Produces
    @ApplicationScoped
    ReferenceDataVersion referenceDataVersion() {
        return referenceData;
    }

    /** What the identity area asks before linking a staff account to a practitioner record. */
    @Produces
    @ApplicationScoped
    PractitionerRecords practitionerRecords() {
        return new StaffPractitionerRecords(practitionerRepository);
    }

    @Produces
    ManageLocationsUseCase manageLocations() {
        return locations;
    }

    @Produces
    ManagePractitionersUseCase managePractitioners() {
        return practitioners;
    }

    @Produces
    ManageResourcesUseCase manageResources() {
        return resources;
    }

    @Produces
    ManageTreatmentsUseCase manageTreatments() {
        return treatments;
    }

    @Produces
    PublicMenuQuery publicMenu() {
        return publicMenu;
    }

    @Produces
    PublicTeamQuery publicTeam() {
        return publicTeam;
    }
}

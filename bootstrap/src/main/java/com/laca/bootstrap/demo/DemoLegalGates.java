package com.laca.bootstrap.demo;

import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.safety.port.in.SafetySettingsUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.PageRequest;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.LicenceTier;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Licences for the demonstration clinic: every practitioner and every location holds one for the licensable
 * categories, valid for a year, so a new user can switch licensing enforcement on
 * ({@code PATCH /api/clinical/settings {"licensingEnforced": true}}) and see bookings still go through, then see
 * a practitioner or location without one refused.
 */
final class DemoLegalGates {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ManagePractitionersUseCase practitioners;
    private final ManageLocationsUseCase locations;
    private final SafetySettingsUseCase settings;
    private final Clock clock;

    DemoLegalGates(ManagePractitionersUseCase practitioners, ManageLocationsUseCase locations,
                   SafetySettingsUseCase settings, Clock clock) {
        this.practitioners = practitioners;
        this.locations = locations;
        this.settings = settings;
        this.clock = clock;
    }

    /** Seeds the demo clinic's licences; called once, right after its clinical-safety data. */
    void seed(Tenant clinic) {
        Caller owner = new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
        LocalDate inAYear = LocalDate.now(clock.withZone(LONDON)).plusYears(1);
        Set<TreatmentCategory> licensable = EnumSet.noneOf(TreatmentCategory.class);
        for (TreatmentCategory category : TreatmentCategory.values()) {
            if (category.clinicalProfile().licensedProcedure()) {
                licensable.add(category);
            }
        }
        int number = 1;
        for (Practitioner practitioner : practitioners.list(owner, new PageRequest(0, 100)).items()) {
            settings.recordPractitionerLicence(owner, practitioner.id(), new Licence("DEMO-P-" + number++,
                    new LicenceTier("DEMO"), inAYear, inAYear, licensable));
        }
        number = 1;
        for (Location location : locations.list(owner, new PageRequest(0, 100)).items()) {
            settings.recordPremisesLicence(owner, location.id(), new Licence("DEMO-L-" + number++,
                    new LicenceTier("DEMO"), inAYear, inAYear, licensable));
        }
    }
}

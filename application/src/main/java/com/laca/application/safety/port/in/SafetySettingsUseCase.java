package com.laca.application.safety.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.util.Optional;

/**
 * A clinic's safety windows and switches and the licences it holds, stored per tenant so the gates read the clinic's
 * own settings instead of hard-coded defaults, and licensing can be switched on when the scheme starts.
 */
public interface SafetySettingsUseCase {

    /** The tenant's settings with their version, the defaults (version 0) while none are stored ({@code SETTINGS_VIEW}). */
    VersionedSafetySettings settings(Caller caller);

    /**
     * Replaces the tenant's settings if they are still at the version the caller read ({@code SETTINGS_MANAGE} and
     * {@code CLINICAL_DECIDE}).
     *
     * @throws com.laca.application.shared.VersionConflictException when someone saved them since that version
     */
    VersionedSafetySettings replaceSettings(Caller caller, SafetySettings settings, long expectedVersion);

    /**
     * Records or replaces a practitioner's licence ({@code SETTINGS_MANAGE}).
     *
     * @throws com.laca.application.shared.NotFoundException for an unknown practitioner
     */
    Licence recordPractitionerLicence(Caller caller, PractitionerId practitioner, Licence licence);

    /** A practitioner's licence, if recorded ({@code SETTINGS_VIEW}). */
    Optional<Licence> practitionerLicence(Caller caller, PractitionerId practitioner);

    /**
     * Records or replaces a location's premises licence ({@code SETTINGS_MANAGE}).
     *
     * @throws com.laca.application.shared.NotFoundException for an unknown location
     */
    Licence recordPremisesLicence(Caller caller, LocationId location, Licence licence);

    /** A location's premises licence, if recorded ({@code SETTINGS_VIEW}). */
    Optional<Licence> premisesLicence(Caller caller, LocationId location);
}

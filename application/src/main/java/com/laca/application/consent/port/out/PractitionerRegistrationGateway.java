package com.laca.application.consent.port.out;

import com.laca.domain.shared.PractitionerId;
import java.util.Optional;

/**
 * A practitioner's statutory registration as printed on a consent form (e.g. {@code GMC 7012345}); a port because
 * registrations are kept by the safety area, which consent may not depend on.
 */
@FunctionalInterface
public interface PractitionerRegistrationGateway {

    /** Nobody is registered: for embedders and tests. */
    PractitionerRegistrationGateway NONE = practitioner -> Optional.empty();

    Optional<String> registrationOf(PractitionerId practitioner);
}

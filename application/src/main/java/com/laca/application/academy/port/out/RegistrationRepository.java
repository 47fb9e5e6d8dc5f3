package com.laca.application.academy.port.out;

import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the professional registrations of the current tenant's people (trainees and supervisors), one per person
 * and register, with the administrator's verification once given.
 */
public interface RegistrationRepository {

    /** Stores the person's registration with that body, replacing the one stored before. */
    void save(UserId person, ProfessionalRegistration registration);

    Optional<ProfessionalRegistration> find(UserId person, RegulatoryBody body);

    /** The person's registrations, by register. */
    List<ProfessionalRegistration> listFor(UserId person);
}

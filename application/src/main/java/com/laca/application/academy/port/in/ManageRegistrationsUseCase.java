package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.shared.UserId;
import java.util.List;

/**
 * Records the professional registrations of the academy's people (ENROLMENTS_MANAGE) and lets an administrator
 * (REGISTRATIONS_VERIFY: owner, manager) record that they checked one on the public register, because only a verified
 * registration lets a supervisor sign off a case.
 */
public interface ManageRegistrationsUseCase {

    /**
     * Records a person's registration with a register as claimed; a changed number loses its verification, the same
     * number keeps it.
     */
    ProfessionalRegistration record(Caller caller, UserId person, RegulatoryBody body, String number);

    /**
     * Records that the caller verified the person's registration with that register (again: the first stands); a
     * caller verifying their own is refused, as self-verification would let them sign off cases unchecked.
     */
    ProfessionalRegistration verify(Caller caller, UserId person, RegulatoryBody body);

    List<ProfessionalRegistration> list(Caller caller, UserId person);
}

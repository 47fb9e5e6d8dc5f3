package com.laca.application.academy.port.in;

import com.laca.application.identity.port.in.StaffInvitation;
import com.laca.application.shared.Caller;
import com.laca.domain.identity.StaffAccount;
import java.util.List;

/**
 * Lets academy staff create trainee accounts, so a trainee signs in to the clinic with their own STUDENT login and
 * never with a staff role; the invitation's one-time token sets the password, as for staff.
 */
public interface ManageTraineesUseCase {

    /** The trainee accounts of the caller's clinic. */
    List<StaffAccount> list(Caller caller);

    /** Creates a STUDENT account without a password and returns the one-time token to set one. */
    StaffInvitation invite(Caller caller, InviteTraineeCommand command);
}

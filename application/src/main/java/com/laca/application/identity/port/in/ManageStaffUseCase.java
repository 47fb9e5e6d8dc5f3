package com.laca.application.identity.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lets an owner invite staff and issue password resets, each delivered as a one-time token. */
public interface ManageStaffUseCase {

    List<StaffAccount> list(Caller caller);

    StaffInvitation invite(Caller caller, InviteStaffCommand command);

    /** Issues a fresh one-time token with which the account's holder sets a new password. */
    StaffInvitation resetPassword(Caller caller, UserId account);

    StaffAccount get(Caller caller, UserId account);

    /**
     * Replaces the account's name, roles and active flag; deactivating ends its sessions at once, and the clinic's
     * last active owner can be neither deactivated nor demoted.
     */
    StaffAccount update(Caller caller, UserId account, String displayName, Set<Role> roles, boolean active);

    /**
     * Links the account to the practitioner record its holder treats as, or unlinks it with an empty value; needs
     * {@code SETTINGS_MANAGE} (owner, manager). The practitioner must exist in the caller's clinic and be linked to no
     * other account.
     */
    StaffAccount linkPractitioner(Caller caller, UserId account, Optional<PractitionerId> practitioner);

    /** Removes the account from use: a soft removal (deactivation), since records still name their author. */
    StaffAccount deactivate(Caller caller, UserId account);
}

package com.laca.application.identity.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.UserId;
import java.util.List;

/** Lets an owner invite staff and issue password resets, each delivered as a one-time token. */
public interface ManageStaffUseCase {

    List<StaffAccount> list(Caller caller);

    StaffInvitation invite(Caller caller, InviteStaffCommand command);

    /** Issues a fresh one-time token with which the account's holder sets a new password. */
    StaffInvitation resetPassword(Caller caller, UserId account);
}

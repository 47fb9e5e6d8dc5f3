package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.identity.StaffAccount;

/** Tells a signed-in trainee who they are in the academy; the first thing a trainee's page asks. */
public interface LearnerProfileQuery {

    /** The caller's own trainee account; refused unless the caller is a trainee. */
    StaffAccount me(Caller caller);
}

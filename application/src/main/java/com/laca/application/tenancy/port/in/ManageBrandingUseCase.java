package com.laca.application.tenancy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.tenancy.Branding;

/** Lets a clinic's owner or manager see and change how its public booking page looks. */
public interface ManageBrandingUseCase {

    /** The caller's clinic's branding, the defaults when none was saved; needs {@code SETTINGS_VIEW}. */
    Branding branding(Caller caller);

    /**
     * Replaces the caller's clinic's branding (the tenant is the caller's, whatever the record says); needs
     * {@code BRANDING_MANAGE}.
     *
     * @throws com.laca.application.shared.ConflictException when another clinic already uses the custom domain
     */
    Branding update(Caller caller, Branding branding);
}

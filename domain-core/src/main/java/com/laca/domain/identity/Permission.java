package com.laca.domain.identity;

/** Something a caller may be allowed to do, named by area and action so the matrix reads like a policy. */
public enum Permission {
    APPOINTMENTS_VIEW,
    APPOINTMENTS_MANAGE,
    CLIENTS_VIEW,
    CLIENTS_MANAGE,
    PAYMENTS_VIEW,
    PAYMENTS_TAKE,
    PAYMENTS_REFUND,
    COURSES_VIEW,
    COURSES_MANAGE,
    ASSESSMENTS_GRADE,
    CERTIFICATES_ISSUE,
    SETTINGS_VIEW,
    SETTINGS_MANAGE,
    STAFF_MANAGE,
    TENANTS_MANAGE,
    /** Read clinical notes, treatment records, photos, screening and consent ({@code clinical:read}). */
    CLINICAL_READ,
    /** Academy: create trainee accounts, enrol, withdraw and record attendance for trainees. */
    ENROLMENTS_MANAGE,
    /** Academy: confirm or decline a trainee's logged case as their supervisor, and record OSCE sittings. */
    CASELOG_SIGN_OFF,
    /** Academy: apply a regrade, which can take a pass away and suspend certificates. */
    REGRADE_APPLY,
    /** Academy: revoke, suspend, reinstate or reissue a certificate anyone may verify. */
    CERTIFICATES_REVOKE,
    /**
     * Academy: study as a trainee (own enrolments, lessons, attempts, case log, certificates); each record is still
     * checked to be the caller's own. Held by STUDENT only: staff act on trainees through the rights above.
     */
    LEARN,
    /** Change the clinic's public look: name shown, logo, colours, address and custom booking domain. */
    BRANDING_MANAGE,
    /** List who read a client's clinical record and why (the access audit); the owner's alone. */
    RECORDS_AUDIT,
    /**
     * Record a prescriber's clinical decisions: consultations, prescriptions, decisions on a screening's review
     * ({@code clinical:decide}); the use cases also require the named prescriber to be a registered prescriber.
     */
    CLINICAL_DECIDE,
    /** Manage consent templates and the consent process: give forms, countersign, verify ({@code consent:manage}). */
    CONSENT_MANAGE,
    /**
     * Act on any practitioner's appointments (check in, complete, no-show, cancel, move), not only those of the
     * practitioner record one's account is linked to ({@code appointments:manage-any}): the desk and managers have it,
     * practitioners do not.
     */
    APPOINTMENTS_MANAGE_ANY,
    /**
     * Read the clinic's money view (takings by method, refunds, forfeits, deposits held; {@code reports:money}): the
     * owner, managers and finance, not the desk, because the totals are the business's figures, not the day's work.
     */
    REPORTS_MONEY,
    /**
     * Academy: record that a person's professional registration was checked on the public register, which lets them
     * sign off cases and meet registration prerequisites; an administrator's (owner, manager) alone.
     */
    REGISTRATIONS_VERIFY
}

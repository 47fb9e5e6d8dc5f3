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
    /**
     * Record a prescriber's clinical decisions: consultations, prescriptions, decisions on a screening's review
     * ({@code clinical:decide}); the use cases also require the named prescriber to be a registered prescriber.
     */
    CLINICAL_DECIDE,
    /** Manage consent templates and the consent process: give forms, countersign, verify ({@code consent:manage}). */
    CONSENT_MANAGE
}

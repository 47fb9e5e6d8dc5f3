package com.laca.domain.safety;

/** The clinical events the audit log records, so every screening, decision, consent and check-in can be traced. */
public enum AuditEventType {
    SCREENING_ANSWERED,
    SCREENING_RECONFIRMED,
    SAFETY_VERDICT,
    PRESCRIBER_DECISION,
    CONSULTATION_RECORDED,
    PRESCRIPTION_ISSUED,
    ID_CHECK_RECORDED,
    DOCTORS_DIRECTION_RECORDED,
    CONSENT_INFORMATION_GIVEN,
    CONSENT_SIGNED,
    CONSENT_COUNTERSIGNED,
    CONSENT_WITHDRAWN,
    CONSENT_DOCUMENT_STORED,
    CHECK_IN
}

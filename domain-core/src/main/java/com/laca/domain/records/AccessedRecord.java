package com.laca.domain.records;

/** The kinds of read the access audit records: every view of clinical content, and every export. */
public enum AccessedRecord {
    CLINICAL_NOTE,
    TREATMENT_RECORD,
    PHOTO,
    SCREENING,
    CONSENT,
    /** A subject-access export of everything held about the client. */
    EXPORT
}

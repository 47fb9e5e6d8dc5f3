package com.laca.application.consent.port.out;

/** The consent steps the clinical audit log records. */
public enum ConsentEvent {
    INFORMATION_GIVEN,
    SIGNED,
    COUNTERSIGNED,
    DOCUMENT_STORED,
    CHECKED_IN
}

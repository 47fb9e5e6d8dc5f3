package com.laca.domain.consent;

/**
 * The sections of a consent form; the mandatory ones must be present and non-empty after merging, because informed
 * consent (Montgomery v Lanarkshire [2015] UKSC 11) and UK GDPR need each of them.
 */
public enum BlockKind {
    /** What will be done. */
    PROCEDURE(false),
    /** Material risks and side effects. */
    RISKS(true),
    /** Reasonable alternatives, including no treatment. */
    ALTERNATIVES(true),
    /** What to do and avoid afterwards. */
    AFTERCARE(true),
    /** How the clinic processes the client's health data (UK GDPR Art. 9). */
    DATA_PROCESSING(true),
    /** Photographs for the clinical record: answered on its own. */
    PHOTO_CONSENT_CLINICAL(true),
    /** Photographs for marketing: answered on its own, never bundled with the clinical one. */
    PHOTO_CONSENT_MARKETING(true),
    /** Anything else the clinic adds. */
    OTHER(false);

    private final boolean mandatory;

    BlockKind(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean isMandatory() {
        return mandatory;
    }
}

package com.laca.domain.records;

import java.util.EnumSet;
import java.util.Set;

/** The parts of what a clinic holds about a client, as an erasure answer lists them. */
public enum RecordPart {
    IDENTITY("name and date of birth"),
    CONTACT_DETAILS("e-mail address and phone number"),
    CONTACT_PREFERENCES("preferred channels for service messages, and their edit history"),
    MARKETING_CONSENT("marketing messages and marketing photo permissions, and their edit history"),
    GENERAL_NOTES("general (non-clinical) staff notes"),
    ALERT_NOTES("alert notes (e.g. needle phobia)"),
    CLINICAL_NOTES("clinical notes"),
    TREATMENT_RECORDS("treatment records with products, batches and doses"),
    PHOTOS("clinical photos"),
    SCREENINGS("medical questionnaires and screening outcomes"),
    CONSENTS("signed consent forms"),
    PRESCRIBING_EVIDENCE("prescriber consultations, prescriptions, doctor's directions and the proofs of age seen"),
    APPOINTMENT_HISTORY("appointments and their outcomes"),
    PAYMENT_RECORDS("payments, refunds and deposits"),
    EDIT_HISTORY("the history of changes to the client's details"),
    ACCESS_AUDIT("the log of who read the clinical record");

    /** The parts whose presence means the client has a clinical record that retention protects. */
    public static final Set<RecordPart> CLINICAL = EnumSet.of(CLINICAL_NOTES, TREATMENT_RECORDS, PHOTOS, SCREENINGS,
            CONSENTS, PRESCRIBING_EVIDENCE);

    /**
     * The parts the retention job deletes once the clinical retention date has passed: the clinical record and the
     * alert notes kept with it. Identity, contact details, appointment history, edit history and the access audit
     * stay, since they are also kept for accounting and accountability.
     */
    public static final Set<RecordPart> PURGED_AFTER_RETENTION = EnumSet.of(ALERT_NOTES, CLINICAL_NOTES,
            TREATMENT_RECORDS, PHOTOS, SCREENINGS, CONSENTS, PRESCRIBING_EVIDENCE);

    private final String description;

    RecordPart(String description) {
        this.description = description;
    }

    /** What the part contains, in plain English. */
    public String description() {
        return description;
    }
}

package com.laca.domain.records;

/**
 * Why someone read a client's clinical record (the why-code of the access audit), so each read can be justified
 * under UK GDPR Art. 9 and the Caldicott principle of need-to-know.
 */
public enum AccessReason {
    /** Treating or about to treat the client. */
    DIRECT_CARE("treating or preparing to treat the client"),
    /** Reviewing a complication, a follow-up or a colleague's work. */
    CLINICAL_REVIEW("reviewing a complication, follow-up or treatment"),
    /** Answering the client's own request for their data (UK GDPR Art. 15). */
    SUBJECT_ACCESS_REQUEST("answering the client's subject access request"),
    /** Finding and contacting clients who received a recalled batch. */
    PRODUCT_RECALL("acting on a product recall"),
    /** Handling a complaint or a claim. */
    COMPLAINT_OR_CLAIM("handling a complaint or a claim"),
    /** Meeting a legal obligation: a court order, a regulator's request. */
    LEGAL_OBLIGATION("meeting a legal obligation"),
    /** Carrying out an erasure request. */
    ERASURE_REQUEST("carrying out an erasure request"),
    /** Clinical audit or governance. */
    CLINICAL_AUDIT("clinical audit or governance");

    private final String description;

    AccessReason(String description) {
        this.description = description;
    }

    /** The reason in plain English, as an owner reads it in the audit list. */
    public String description() {
        return description;
    }
}

package com.laca.domain.records;

/** Why a part of the record survives an erasure request, in words the answer to the client can use. */
public enum KeptBecause {
    /** It is part of the clinical record, kept for its retention period. */
    CLINICAL_RECORD("it is part of the clinical record, which the clinic must keep for its retention period"),
    /** It is an accounting record. */
    ACCOUNTING_RECORD("it is an accounting record the clinic must keep for HMRC"),
    /** A retained record must say whom it is about. */
    IDENTIFIES_THE_RECORD("the records kept must identify whom they are about"),
    /** The clinic must be able to reach the client about a recall or a complication. */
    SAFETY_CONTACT("the clinic must be able to contact the client about a product recall or a complication; it is "
            + "used for nothing else"),
    /** It shows who changed or read the record, for as long as the record is kept. */
    ACCOUNTABILITY("it shows who changed or read the record, for as long as the record is kept (UK GDPR Art. 5(2))"),
    /** A legal hold stands. */
    LEGAL_HOLD("a legal hold stands (a claim, complaint or inquiry); it is kept until the hold is released");

    private final String explanation;

    KeptBecause(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}

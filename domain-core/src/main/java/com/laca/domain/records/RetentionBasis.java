package com.laca.domain.records;

/**
 * Why part of a record is kept until a date, with the source a clinic can show an auditor or the client, because a
 * retention date nobody can explain is one nobody can defend.
 */
public enum RetentionBasis {
    /** Adult health records: eight years after the last entry. */
    ADULT_HEALTH_RECORD("kept for 8 years after the last entry in the clinical record (NHS Records Management Code "
            + "of Practice 2021, Appendix II: adult health records)"),
    /** Children's records, the client being under 17 at the last treatment: until the 25th birthday. */
    CHILD_UNTIL_25TH_BIRTHDAY("kept until the client's 25th birthday, the client having been under 17 at the last "
            + "treatment (NHS Records Management Code of Practice 2021, Appendix II: children's records)"),
    /** Children's records, the client being 17 at the last treatment: until the 26th birthday. */
    CHILD_UNTIL_26TH_BIRTHDAY("kept until the client's 26th birthday, the client having been 17 at the last "
            + "treatment (NHS Records Management Code of Practice 2021, Appendix II: children's records)"),
    /** Accounting records behind payments. */
    FINANCIAL_RECORD("kept for the tenant's accounting-record period after the end of the financial year of the "
            + "last payment (HMRC record keeping; 6 years for companies by default)");

    private final String explanation;

    RetentionBasis(String explanation) {
        this.explanation = explanation;
    }

    /** One sentence, in plain English, naming the source. */
    public String explanation() {
        return explanation;
    }
}

package com.laca.domain.records;

import java.util.Objects;

/**
 * One reason a treatment record entry cannot be signed, with a stable code and a sentence naming the product, site or
 * field at fault, so the practitioner can fix it and a client of the API can map it.
 *
 * @param code   what is wrong
 * @param detail the offending product, site or field, in plain English
 */
public record SigningProblem(Code code, String detail) {

    public SigningProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    /** The closed list of reasons. */
    public enum Code {
        /** Only a completed appointment gets a treatment record. */
        APPOINTMENT_NOT_COMPLETED,
        /** The first entry is signed by the practitioner who treated. */
        NOT_THE_TREATING_PRACTITIONER,
        /** A product was past its expiry on the treatment date. */
        PRODUCT_EXPIRED,
        /** A dose was charted at a site that does not belong to the treatment's category. */
        SITE_NOT_IN_CATEGORY,
        /** A dose was measured in the wrong unit for the category (toxin in units, filler in ml). */
        WRONG_DOSE_UNIT,
        /** The same site and side appear twice for one product, or a whole area and one of its sides. */
        SITE_CHARTED_TWICE,
        /** An injectable treatment charts no dose at all. */
        DOSE_REQUIRED,
        /** An injectable treatment records no technique. */
        TECHNIQUE_REQUIRED,
        /** An injectable treatment records no aftercare advice. */
        AFTERCARE_REQUIRED,
        /** A follow-up is dated before the treatment. */
        FOLLOW_UP_BEFORE_TREATMENT
    }
}

package com.laca.domain.safety;

/** How a prescriber consultation took place; only face to face satisfies the prescription-only medicine rule. */
public enum ConsultationMode {
    FACE_TO_FACE,
    VIDEO,
    PHONE;

    /** True when the consultation may support prescribing a prescription-only medicine for aesthetic use. */
    public boolean supportsPrescribing() {
        return this == FACE_TO_FACE;
    }
}

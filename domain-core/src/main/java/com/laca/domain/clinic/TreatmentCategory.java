package com.laca.domain.clinic;

/** The families of treatment a menu is grouped by, and that clinical-safety rules later key on. */
public enum TreatmentCategory {
    ANTI_WRINKLE,
    DERMAL_FILLER,
    CHEMICAL_PEEL,
    LASER,
    SKIN,
    CONSULTATION,
    OTHER
}

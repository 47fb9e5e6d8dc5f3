package com.laca.domain.academy;

/** The regulated professions aesthetics courses are written for, because a course states whom it may train. */
public enum Profession {
    /** A doctor on the GMC register. */
    DOCTOR,
    /** A dentist on the GDC register. */
    DENTIST,
    /** A nurse (or midwife) on the NMC register. */
    NURSE,
    /** A pharmacist on the GPhC register. */
    PHARMACIST
}

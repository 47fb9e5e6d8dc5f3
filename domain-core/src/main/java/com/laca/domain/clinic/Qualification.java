package com.laca.domain.clinic;

/** A practitioner's professional standing, because UK rules tie some treatments (prescription toxins) to it. */
public enum Qualification {
    /** May prescribe prescription-only medicines such as botulinum toxin. */
    PRESCRIBER,
    /** A registered nurse. */
    NURSE,
    /** A registered medical doctor. */
    DOCTOR,
    /** A beauty or aesthetics therapist (peels, laser under protocol, consultations). */
    AESTHETICIAN
}

package com.laca.domain.clinic;

import java.util.Objects;

/**
 * The families of treatment a menu is grouped by, each carrying its {@link ClinicalProfile} so clinical-safety gates
 * read what a category needs from data rather than from {@code if}s on its name.
 *
 * <p>Values are stored by name; new ones are only ever added, never renamed.
 */
public enum TreatmentCategory {
    /**
     * Botulinum toxin. Called "anti-wrinkle" because UK law forbids advertising a prescription-only medicine to the
     * public; clinically it is the toxin category.
     */
    ANTI_WRINKLE(new ClinicalProfile(true, true, true, true, true)),
    /** Dermal filler by injection (hyaluronic acid, often with lidocaine). */
    DERMAL_FILLER(new ClinicalProfile(true, false, true, true, true)),
    /** Chemical peels. */
    CHEMICAL_PEEL(new ClinicalProfile(true, false, false, true, true)),
    /** Laser and intense pulsed light (IPL). */
    LASER(new ClinicalProfile(true, false, false, true, true)),
    /** Non-invasive skin treatments such as facials. */
    SKIN(ClinicalProfile.nonClinical()),
    /** A skin consultation: advice only, nothing administered. */
    CONSULTATION(ClinicalProfile.nonClinical()),
    /** Anything else on the menu. */
    OTHER(ClinicalProfile.nonClinical()),
    /** Microneedling (collagen induction). */
    MICRONEEDLING(new ClinicalProfile(true, false, false, true, true)),
    /**
     * A consultation with a prescriber: the face-to-face assessment a prescription-only medicine needs. Nothing is
     * administered, so it has no gates of its own; the client answers the questionnaire of the treatment it leads to.
     */
    PRESCRIBER_CONSULTATION(ClinicalProfile.nonClinical());

    private final ClinicalProfile clinicalProfile;

    TreatmentCategory(ClinicalProfile clinicalProfile) {
        this.clinicalProfile = Objects.requireNonNull(clinicalProfile, "clinicalProfile");
    }

    /** What this category demands before a client may be treated. */
    public ClinicalProfile clinicalProfile() {
        return clinicalProfile;
    }
}

package com.laca.domain.clinic;

/**
 * What a treatment category demands clinically, kept as data on the category so safety gates ask the profile instead
 * of testing category names all over the code.
 *
 * @param screening                the client must answer the medical questionnaire and pass the contraindication rules
 * @param prescriptionOnlyMedicine the product is a prescription-only medicine (POM), so a prescriber must consult the
 *                                 client face to face and issue a prescription before treatment
 * @param restrictedForMinors      the law of some jurisdictions restricts it for children (England: the Botulinum
 *                                 Toxin and Cosmetic Fillers (Children) Act 2021); the jurisdiction says at what age,
 *                                 and England's rules (and every fallback to them) may not set under 18 for it
 * @param consent                  a signed consent form is needed before the client is checked in
 * @param licensedProcedure        a licensable cosmetic procedure under the coming Health and Care Act 2022 scheme, so
 *                                 practitioner and premises licences are checked when a tenant enforces licensing
 */
public record ClinicalProfile(boolean screening, boolean prescriptionOnlyMedicine, boolean restrictedForMinors,
                              boolean consent, boolean licensedProcedure) {

    public ClinicalProfile {
        if (prescriptionOnlyMedicine && !screening) {
            throw new IllegalArgumentException("a prescription-only medicine always needs screening");
        }
    }

    /** A non-clinical service: no questionnaire, no prescriber, no age gate, no consent form, no licence. */
    public static ClinicalProfile nonClinical() {
        return new ClinicalProfile(false, false, false, false, false);
    }

    /** True when a face-to-face prescriber consultation must precede treatment. */
    public boolean needsPrescriberConsultation() {
        return prescriptionOnlyMedicine;
    }
}

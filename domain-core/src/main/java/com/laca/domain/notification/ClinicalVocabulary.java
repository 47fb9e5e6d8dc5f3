package com.laca.domain.notification;

import java.util.List;

/**
 * Words that reveal health information, which a message must not carry: what a screening found is special-category
 * health data (UK GDPR article 9) and never leaves the clinical record by message; the names of prescription-only
 * injectables (botulinum toxin, and fillers alongside them) are kept off lock screens because they reveal the
 * treatment to anyone holding the phone, and because prescription-only medicines may not be promoted to the public
 * (Human Medicines Regulations 2012, regulation 284).
 *
 * <p>Terms match at the start of a word, ignoring case, hyphens and underscores: {@code pregnan} matches
 * "Pregnancy", {@code anti wrinkle} matches "ANTI_WRINKLE" and "anti-wrinkle".
 */
public final class ClinicalVocabulary {

    /** Screening and medical-history words: never in any message. */
    public static final List<String> SCREENING = List.of("contraindicat", "screening", "unsuitable", "not suitable",
            "pregnan", "breastfeed", "breast feed", "allerg", "medical history", "medication", "diagnos",
            "blood thinn", "anticoagul", "autoimmune", "keloid", "isotretinoin", "roaccutane", "cold sore",
            "herpes", "epilep", "diabet");

    /** Injectable treatment words: never on a lock screen (SMS, e-mail subject), configurable per tenant beyond. */
    public static final List<String> INJECTABLES = List.of("botox", "botulinum", "toxin", "azzalure", "bocouture",
            "dysport", "xeomin", "vistabel", "letybo", "relfydess", "anti wrinkle", "wrinkle relax", "filler",
            "dermal filler", "hyaluronic", "juvederm", "restylane", "teosyal", "belotero", "lip enhancement",
            "profhilo", "skin booster", "polynucleotide", "sculptra");

    private ClinicalVocabulary() {
    }
}

package com.laca.domain.safety;

/** The kinds of evidence of age staff may record, matching what the Home Office lists as acceptable proof of age. */
public enum IdDocumentType {
    PASSPORT,
    PHOTOCARD_DRIVING_LICENCE,
    /** A card bearing the Proof of Age Standards Scheme hologram. */
    PASS_CARD,
    NATIONAL_IDENTITY_CARD,
    BIOMETRIC_RESIDENCE_PERMIT,
    MILITARY_ID
}

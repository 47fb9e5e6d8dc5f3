package com.laca.domain.consent;

/**
 * The client's two separate answers about photographs (UK GDPR Art. 9 needs explicit consent per purpose): one for
 * the clinical record, one for marketing; neither implies the other.
 *
 * @param clinicalRecords photographs may be taken for the clinical record
 * @param marketing       photographs may be used in the clinic's marketing
 */
public record PhotoConsent(boolean clinicalRecords, boolean marketing) {
}

/**
 * Consent: versioned templates per category and jurisdiction with mandatory blocks and merge fields, the client's
 * signature and the practitioner's countersignature, the check-in requirement, and the digest that proves a stored
 * consent document unaltered.
 */
package com.laca.domain.consent;

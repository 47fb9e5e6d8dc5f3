/**
 * Specifications of clinical safety: contraindication rules, the questionnaire, age, licensing and prescriber gates,
 * consent at check-in and the audit chain.
 */
package com.laca.domain.safety;

/**
 * Clinical safety: the medical questionnaire, contraindication rules as versioned data, the legal gates (age,
 * prescription-only medicines, licensing) and the one policy that booking, rescheduling and check-in ask. The rules
 * are screening prompts for a prescriber, never a diagnosis; see {@code docs/clinical-safety.md}.
 */
package com.laca.domain.safety;

/**
 * The clinical-safety use cases: the booking gate that puts the one {@code TreatmentSafetyPolicy} inside the booking
 * check, and (as they are wired) screening, prescriber decisions and check-in.
 */
package com.laca.application.safety.service;

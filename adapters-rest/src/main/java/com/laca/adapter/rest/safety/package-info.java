/** The clinical-safety API: prescriber registrations and consultations, for the toxin prescriber gate. */
package com.laca.adapter.rest.safety;

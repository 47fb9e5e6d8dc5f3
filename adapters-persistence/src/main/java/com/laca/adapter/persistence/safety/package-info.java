/** The clinical-safety area's tables: prescriber registrations and consultations. */
package com.laca.adapter.persistence.safety;

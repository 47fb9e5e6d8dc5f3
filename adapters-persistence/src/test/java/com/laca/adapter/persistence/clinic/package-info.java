/** Clinic set-up over JPA on H2 and PostgreSQL. */
package com.laca.adapter.persistence.clinic;

/** Payments over JPA on H2 and PostgreSQL: ledgers, intents, events, and a late payment racing a new booking. */
package com.laca.adapter.persistence.payment;

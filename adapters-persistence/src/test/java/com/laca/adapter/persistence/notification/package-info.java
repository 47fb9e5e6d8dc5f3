/** The outbox contract on H2 and PostgreSQL. */
package com.laca.adapter.persistence.notification;

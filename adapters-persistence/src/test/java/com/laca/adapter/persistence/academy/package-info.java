/** The academy's port contracts run against the JPA stores on H2 and PostgreSQL. */
package com.laca.adapter.persistence.academy;

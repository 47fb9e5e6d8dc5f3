/**
 * The persistence adapter: EclipseLink repositories scoped to one tenant by multitenancy, the transaction runner that
 * sets the tenant (and PostgreSQL's row-level-security setting) per transaction, and the Flyway migrations.
 */
package com.laca.adapter.persistence.support;

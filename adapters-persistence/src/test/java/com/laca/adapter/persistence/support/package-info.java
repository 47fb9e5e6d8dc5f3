/**
 * Every port contract against the JPA adapter on H2 and PostgreSQL, row-level security, migrations and the
 * translation of database errors.
 */
package com.laca.adapter.persistence.support;

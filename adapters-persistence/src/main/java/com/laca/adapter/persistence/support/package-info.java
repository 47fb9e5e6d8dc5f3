/**
 * What every area's repositories share: the persistence unit, the transaction runner that binds one tenant (and
 * PostgreSQL's row-level-security setting) to each transaction, the multitenant base entity, column conversions, the
 * translation of database errors, and the Flyway migrations.
 */
package com.laca.adapter.persistence.support;

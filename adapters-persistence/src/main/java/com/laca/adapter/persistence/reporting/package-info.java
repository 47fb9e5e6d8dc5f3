/** Reporting reads across areas' tables (ledger entries with their appointments), in JPQL so tenancy still applies. */
package com.laca.adapter.persistence.reporting;

/**
 * What the reporting services read that no other area offers: ledger entries across appointments, by when they were
 * recorded.
 */
package com.laca.application.reporting.port.out;

/**
 * The owner's dashboard figures, each with one written definition computed from plain booking and ledger facts, so
 * every number on the dashboard can be checked by hand.
 */
package com.laca.domain.reporting;

/**
 * Ledgers, intents, processed events, dead letters and connected accounts kept in memory, and a payment gateway that
 * takes cards without a processor and records every call.
 */
package com.laca.adapter.inmemory.payment;

/**
 * Deposits and the money ledger of an appointment: how much deposit a treatment asks for, what was paid,
 * refunded or forfeited, and who decides between refund and forfeit; free of any payment vendor.
 */
package com.laca.domain.payment;

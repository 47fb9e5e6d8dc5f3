/**
 * Staff and platform-administrator endpoints for deposits and payments (ledger, refunds, desk payments, waivers,
 * connected accounts, dead letters), each a thin translation to a payment use case.
 */
package com.laca.adapter.rest.payment;

/**
 * What payments need from outside: the card processor behind one gateway, its events read back for replays, and the
 * ledgers, intents, processed events, dead letters and connected accounts in storage.
 */
package com.laca.application.payment.port.out;

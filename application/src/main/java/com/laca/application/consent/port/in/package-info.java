/**
 * What the consent area offers: consent templates for staff, the client's consent for a booking (read and sign through
 * the booking's private link), countersigning, and the archived document with its verification.
 */
package com.laca.application.consent.port.in;

/**
 * The contract every payment gateway must keep (the in-memory and the Stripe gateways both run it), and the
 * specification of the idempotency keys.
 */
package com.laca.application.payment.port.out;

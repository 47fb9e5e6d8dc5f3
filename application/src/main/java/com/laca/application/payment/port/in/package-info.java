/**
 * Inbound port for what the payment processor tells us after the fact (payment succeeded, failed, refunded,
 * disputed), in processor-neutral events, so that webhook handling can be tested and replayed without Stripe.
 */
package com.laca.application.payment.port.in;

/**
 * What staff, the platform administrator and the payment processor do with money: ledgers, refunds and desk payments,
 * connected accounts, dead letters, and the processor's events after the fact in processor-neutral form, so webhook
 * handling can be tested and replayed without Stripe.
 */
package com.laca.application.payment.port.in;

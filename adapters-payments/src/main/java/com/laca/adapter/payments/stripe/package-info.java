/**
 * The Stripe adapter: deposits and refunds through stripe-java on each clinic's connected account, and the signed
 * webhook endpoint; no Stripe type leaves this package.
 */
package com.laca.adapter.payments.stripe;

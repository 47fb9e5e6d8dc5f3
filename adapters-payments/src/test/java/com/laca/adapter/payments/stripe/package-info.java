/**
 * Tests of the Stripe adapter against a Stripe-shaped local HTTP server and with webhooks signed by Stripe's real
 * scheme, so stripe-java's own serialisation, retries and signature checks are exercised without the internet.
 */
package com.laca.adapter.payments.stripe;

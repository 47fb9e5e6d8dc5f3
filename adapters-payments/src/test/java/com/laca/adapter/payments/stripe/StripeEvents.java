package com.laca.adapter.payments.stripe;

import com.stripe.Stripe;

/** Stripe-shaped webhook bodies for tests, rendered for the API version stripe-java expects. */
public final class StripeEvents {

    private StripeEvents() {
    }

    public static String event(String id, String type, long created, String account, String object) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION + "\","
                + "\"created\":" + created + ",\"type\":\"" + type + "\",\"livemode\":false,"
                + "\"pending_webhooks\":1," + (account == null ? "" : "\"account\":\"" + account + "\",")
                + "\"data\":{\"object\":" + object + "}}";
    }

    public static String paymentIntent(String id, long amount, String status, String metadata) {
        return "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"amount\":" + amount
                + ",\"amount_received\":" + ("succeeded".equals(status) ? amount : 0)
                + ",\"currency\":\"gbp\",\"status\":\"" + status + "\",\"metadata\":" + metadata + "}";
    }

    public static String metadata(Object tenant, Object appointment) {
        return "{\"tenant\":\"" + tenant + "\",\"appointment\":\"" + appointment + "\"}";
    }
}

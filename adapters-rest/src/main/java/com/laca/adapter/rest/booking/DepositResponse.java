package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.application.payment.port.in.DepositInstructions;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * How the booking page collects the deposit, so it can take the card with Stripe.js before the hold lapses or tell
 * the client to pay at the desk; {@code null} in the booking answer when nothing is due now.
 */
@Schema(name = "Deposit", properties = {
        @SchemaProperty(name = "amountMinorUnits", example = "5000", description = "in the currency's minor units"),
        @SchemaProperty(name = "currency", example = "GBP"),
        @SchemaProperty(name = "status", example = "CARD_PAYMENT_DUE",
                description = "CARD_PAYMENT_DUE (pay now with the client secret) or DUE_AT_DESK"),
        @SchemaProperty(name = "clientSecret", example = "pi_3PqR5sT6uV7wX8yZ_secret_a1B2c3D4e5F6", nullable = true,
                description = "for Stripe.js confirmCardPayment; only when the status is CARD_PAYMENT_DUE"),
        @SchemaProperty(name = "publishableKey", example = "pk_live_51Hx0aBcDeFgHiJkLmNoPq", nullable = true,
                description = "the platform's Stripe publishable key; only when the status is CARD_PAYMENT_DUE"),
        @SchemaProperty(name = "holdExpiresAt", example = "2026-11-24T10:15:00Z", nullable = true,
                description = "the slot is released unless the card is paid by then")})
public record DepositResponse(long amountMinorUnits, String currency, String status, String clientSecret,
                              String publishableKey, String holdExpiresAt) {

    /** The answer for one way of paying, or {@code null} when no deposit is due. */
    public static DepositResponse from(DepositInstructions instructions, ZoneOffset offset) {
        if (instructions instanceof DepositInstructions.PayByCard card) {
            return new DepositResponse(card.amount().minorUnits(), card.amount().currency(), "CARD_PAYMENT_DUE",
                    card.clientSecret(), card.publishableKey(), Dates.format(card.holdExpiresAt(), offset));
        }
        if (instructions instanceof DepositInstructions.PayAtDesk desk) {
            return new DepositResponse(desk.amount().minorUnits(), desk.amount().currency(), "DUE_AT_DESK", null,
                    null, null);
        }
        if (instructions instanceof DepositInstructions.NoDeposit) {
            return null;
        }
        throw new IllegalStateException("unhandled deposit instructions " + instructions.getClass().getName());
    }

    @Override
    public String toString() {
        return "DepositResponse[" + amountMinorUnits + " " + currency + ", " + status + ", clientSecret=***]";
    }
}

package com.laca.application.notification.port.out;

/**
 * Hands one SMS to a provider (Twilio in production, a log-only recorder on the embedded default), so the outbox does
 * not know which. Called by the dispatcher outside any database transaction.
 */
public interface SmsSender {

    /**
     * Sends the SMS; sending the same message again (same id, a later attempt) after an unknown outcome never
     * delivers it twice.
     *
     * @return the provider's reference for the message
     * @throws DeliveryRefusedException    refused for good (not a mobile, opted out with STOP, invalid number)
     * @throws DeliveryUnavailableException the provider could not be reached, was rate-limited, failed or timed out
     */
    DeliveryReceipt send(SmsMessage message);
}

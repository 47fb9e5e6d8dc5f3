package com.laca.application.notification.port.out;

/**
 * Checks that a callback really comes from the SMS provider and says what it means, so the REST adapter can accept
 * provider callbacks without knowing the provider's signing scheme.
 */
public interface SmsCallbackVerifier {

    /**
     * @throws SmsCallbackRejectedException when the signature is missing or wrong, or the signed form is unreadable
     */
    SmsCallback verify(SmsCallbackRequest request);
}

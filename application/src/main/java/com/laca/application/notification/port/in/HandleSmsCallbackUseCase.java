package com.laca.application.notification.port.in;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes a callback from the SMS provider (a delivery report or a reply such as STOP), believed only when its signature
 * is right, so nobody but the provider can opt a number out or back in.
 */
public interface HandleSmsCallbackUseCase {

    /**
     * @param url       the full public URL the provider called, query included, exactly as it signed it
     * @param form      the form parameters as sent
     * @param signature the provider's signature header, if any
     */
    SmsCallbackOutcome handle(URI url, Map<String, List<String>> form, Optional<String> signature);

    /** What the callback did. */
    enum SmsCallbackOutcome {
        /** A delivery report, acknowledged. */
        DELIVERY_REPORT,
        /** The number replied STOP: no more SMS to it from any clinic. */
        OPTED_OUT,
        /** The number replied START: service texts may go again (marketing consent is not restored). */
        OPTED_IN,
        /** A genuine callback that needs nothing (an ordinary reply). */
        IGNORED,
        /** The signature is missing or wrong, or the form unreadable: nothing was done. */
        REJECTED,
        /** No SMS provider is configured, so no callback can be believed. */
        NOT_CONFIGURED
    }
}

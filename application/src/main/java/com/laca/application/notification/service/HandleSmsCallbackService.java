package com.laca.application.notification.service;

import com.laca.application.notification.port.in.HandleSmsCallbackUseCase;
import com.laca.application.notification.port.out.SmsCallback;
import com.laca.application.notification.port.out.SmsCallbackRejectedException;
import com.laca.application.notification.port.out.SmsCallbackRequest;
import com.laca.application.notification.port.out.SmsCallbackVerifier;
import com.laca.application.notification.port.out.SmsOptOutRepository;
import com.laca.application.shared.TransactionRunner;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a provider callback before reading anything in it, then records STOP and START for the whole platform in
 * one short platform transaction; delivery reports are acknowledged (the dispatcher already recorded the send).
 */
public final class HandleSmsCallbackService implements HandleSmsCallbackUseCase {

    private final TransactionRunner tx;
    private final Optional<SmsCallbackVerifier> verifier;
    private final SmsOptOutRepository optOuts;
    private final Clock clock;

    /** @param verifier the provider's signature check; empty when no provider is configured */
    public HandleSmsCallbackService(TransactionRunner tx, Optional<SmsCallbackVerifier> verifier,
                                    SmsOptOutRepository optOuts, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.optOuts = Objects.requireNonNull(optOuts, "optOuts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SmsCallbackOutcome handle(URI url, Map<String, List<String>> form, Optional<String> signature) {
        if (verifier.isEmpty()) {
            return SmsCallbackOutcome.NOT_CONFIGURED;
        }
        SmsCallback callback;
        try {
            callback = verifier.get().verify(new SmsCallbackRequest(url, form, signature));
        } catch (SmsCallbackRejectedException e) {
            return SmsCallbackOutcome.REJECTED;
        }
        if (callback instanceof SmsCallback.OptOut stop) {
            tx.asPlatform(() -> {
                optOuts.optOut(stop.number(), clock.instant());
                return null;
            });
            return SmsCallbackOutcome.OPTED_OUT;
        }
        if (callback instanceof SmsCallback.OptIn start) {
            tx.asPlatform(() -> optOuts.optIn(start.number()));
            return SmsCallbackOutcome.OPTED_IN;
        }
        if (callback instanceof SmsCallback.DeliveryUpdate) {
            return SmsCallbackOutcome.DELIVERY_REPORT;
        }
        return SmsCallbackOutcome.IGNORED;
    }
}

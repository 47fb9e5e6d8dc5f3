package com.laca.adapter.inmemory.payment;

import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.GatewayMode;
import com.laca.application.payment.port.out.IdempotencyKey;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.RefundReceipt;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.payment.port.out.RefundStatus;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.PaymentGatewayException;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.RefundId;
import com.laca.domain.shared.Money;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A card-taking {@link PaymentGateway} kept in memory, with the processor's idempotency behaviour, so use-case
 * tests can run without a network and can script failures.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {

    private final Map<IdempotencyKey, DepositIntentRequest> intentRequests = new HashMap<>();
    private final Map<IdempotencyKey, DepositCollection.CardIntent> intents = new HashMap<>();
    private final Map<IdempotencyKey, RefundRequest> refundRequests = new HashMap<>();
    private final Map<IdempotencyKey, RefundReceipt> refunds = new HashMap<>();
    private final Deque<PaymentGatewayException> scriptedFailures = new ArrayDeque<>();
    private final List<Object> calls = new ArrayList<>();

    @Override
    public GatewayMode mode() {
        return new GatewayMode.CardPayments("pk_test_in_memory");
    }

    @Override
    public synchronized DepositCollection createDepositIntent(DepositIntentRequest request) {
        calls.add(request);
        failIfScripted();
        DepositIntentRequest earlier = intentRequests.putIfAbsent(request.idempotencyKey(), request);
        if (earlier != null && !earlier.equals(request)) {
            throw new PaymentDeclinedException(
                    PaymentDeclinedException.Reason.IDEMPOTENCY_CONFLICT, "key reused for another request");
        }
        return intents.computeIfAbsent(request.idempotencyKey(), key -> {
            // unique across gateways, as a processor's ids are, so two gateways over one database never collide
            String id = "pi_mem_" + UUID.randomUUID().toString().replace("-", "");
            return new DepositCollection.CardIntent(
                    PaymentIntentId.of(id), id + "_secret", IntentStatus.REQUIRES_PAYMENT_METHOD, request.amount());
        });
    }

    @Override
    public synchronized RefundReceipt refund(RefundRequest request) {
        calls.add(request);
        failIfScripted();
        RefundRequest earlier = refundRequests.putIfAbsent(request.idempotencyKey(), request);
        if (earlier != null && !earlier.equals(request)) {
            throw new PaymentDeclinedException(
                    PaymentDeclinedException.Reason.IDEMPOTENCY_CONFLICT, "key reused for another request");
        }
        return refunds.computeIfAbsent(request.idempotencyKey(), key -> new RefundReceipt(
                RefundId.of("re_mem_" + (refunds.size() + 1)), RefundStatus.SUCCEEDED, request.amount()));
    }

    /** Makes the next call fail with the given exception, as the processor sometimes does. */
    public synchronized void failNextCallWith(PaymentGatewayException failure) {
        scriptedFailures.add(Objects.requireNonNull(failure, "failure"));
    }

    /** Every request received, including failed ones, in order. */
    public synchronized List<Object> calls() {
        return List.copyOf(calls);
    }

    /** The total refunded on one payment. */
    public synchronized Money refundedOn(PaymentIntentId intent, String currency) {
        return refundRequests.values().stream()
                .filter(request -> request.intent().equals(intent))
                .map(RefundRequest::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    private void failIfScripted() {
        PaymentGatewayException failure = scriptedFailures.poll();
        if (failure != null) {
            throw failure;
        }
    }
}

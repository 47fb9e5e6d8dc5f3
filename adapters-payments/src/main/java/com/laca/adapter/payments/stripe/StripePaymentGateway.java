package com.laca.adapter.payments.stripe;

import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.GatewayMode;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.RefundReceipt;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.application.payment.port.out.RefundStatus;
import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.PaymentGatewayException;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.RefundId;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.Money;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;

import java.util.Locale;
import java.util.Objects;

/**
 * Takes deposits and makes refunds through Stripe, on each clinic's own connected account, so the platform never
 * holds clinic money and only takes its fee.
 *
 * <p>Every request carries the caller's deterministic idempotency key, so stripe-java's own retries (network
 * errors, 409, 5xx) and any later retry by the caller can never create a second payment or refund.
 */
public final class StripePaymentGateway implements PaymentGateway {

    /** Metadata key under which the tenant id is stored on each payment and refund. */
    public static final String TENANT_METADATA = "tenant";
    /** Metadata key under which the appointment id is stored on each payment. */
    public static final String APPOINTMENT_METADATA = "appointment";

    private static final System.Logger LOG = System.getLogger(StripePaymentGateway.class.getName());
    private static final long WHOLE = 10_000;

    private final StripeClient client;
    private final String publishableKey;
    private final int platformFeeBps;

    public StripePaymentGateway(StripeConfig config) {
        Objects.requireNonNull(config, "config");
        this.client = StripeClient.builder()
                .setApiKey(config.apiKey())
                .setApiBase(config.apiBase().toString())
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setReadTimeout((int) config.readTimeout().toMillis())
                .setMaxNetworkRetries(config.maxNetworkRetries())
                .build();
        this.publishableKey = config.publishableKey();
        this.platformFeeBps = config.platformFeeBps();
    }

    @Override
    public GatewayMode mode() {
        return new GatewayMode.CardPayments(publishableKey);
    }

    @Override
    public DepositCollection createDepositIntent(DepositIntentRequest request) {
        Money fee = request.platformFee().orElseGet(() -> defaultFee(request.amount()));
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(request.amount().minorUnits())
                .setCurrency(request.amount().currency().toLowerCase(Locale.ROOT))
                .putMetadata(TENANT_METADATA, request.tenant().toString())
                .putMetadata(APPOINTMENT_METADATA, request.appointment().toString())
                .setAutomaticPaymentMethods(
                        PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build());
        if (!fee.isZero()) {
            params.setApplicationFeeAmount(fee.minorUnits());
        }
        RequestOptions options = RequestOptions.builder()
                .setStripeAccount(request.account().value())
                .setIdempotencyKey(request.idempotencyKey().value())
                .build();
        DepositCollection.CardIntent intent = call("create deposit intent", () ->
                cardIntent(client.v1().paymentIntents().create(params.build(), options)));
        LOG.log(System.Logger.Level.DEBUG, "deposit intent {0} for appointment {1} is {2}",
                intent.intent(), request.appointment(), intent.status());
        return intent;
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(request.intent().value())
                .setAmount(request.amount().minorUnits())
                .setReason(stripeReason(request.reason()))
                .putMetadata(TENANT_METADATA, request.tenant().toString())
                .putMetadata("reason", request.reason().name())
                .build();
        RequestOptions options = RequestOptions.builder()
                .setStripeAccount(request.account().value())
                .setIdempotencyKey(request.idempotencyKey().value())
                .build();
        RefundReceipt receipt = call("refund", () -> receipt(client.v1().refunds().create(params, options)));
        LOG.log(System.Logger.Level.DEBUG, "refund {0} of intent {1} is {2}",
                receipt.refund(), request.intent(), receipt.status());
        return receipt;
    }

    private static DepositCollection.CardIntent cardIntent(PaymentIntent intent) {
        return new DepositCollection.CardIntent(
                PaymentIntentId.of(intent.getId()),
                intent.getClientSecret(),
                intentStatus(intent.getStatus()),
                money(intent.getAmount(), intent.getCurrency()));
    }

    private static RefundReceipt receipt(Refund refund) {
        return new RefundReceipt(
                RefundId.of(refund.getId()), refundStatus(refund.getStatus()),
                money(refund.getAmount(), refund.getCurrency()));
    }

    /** The platform's default cut, rounded down so that the clinic never pays a fraction of a penny too much. */
    private Money defaultFee(Money amount) {
        long whole = amount.minorUnits() / WHOLE;
        long rest = amount.minorUnits() % WHOLE;
        return Money.of(whole * platformFeeBps + rest * platformFeeBps / WHOLE, amount.currency());
    }

    private static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw translate(what, e);
        } catch (RuntimeException e) {
            // A garbled answer (stripe-java lets gson's parse errors escape unchecked) or one missing required
            // fields: whether Stripe applied the request is unknown, so repeating it with the same key is the
            // safe answer.
            throw new PaymentGatewayUnavailableException(what + ": unreadable answer from Stripe", e);
        }
    }

    /** Turns Stripe's exceptions into the port's two kinds: refused for good, or try again later. */
    static PaymentGatewayException translate(String what, StripeException e) {
        String detail = what + " failed: status=" + e.getStatusCode() + ", code=" + e.getCode()
                + ", request=" + e.getRequestId();
        if (e instanceof CardException) {
            return new PaymentDeclinedException(PaymentDeclinedException.Reason.CARD_DECLINED, detail, e);
        }
        if (e instanceof IdempotencyException) {
            return new PaymentDeclinedException(PaymentDeclinedException.Reason.IDEMPOTENCY_CONFLICT, detail, e);
        }
        if (e instanceof RateLimitException || e instanceof ApiConnectionException || e instanceof ApiException) {
            return new PaymentGatewayUnavailableException(detail, e);
        }
        if (e instanceof InvalidRequestException) {
            return new PaymentDeclinedException(PaymentDeclinedException.Reason.INVALID_REQUEST, detail, e);
        }
        if (e instanceof AuthenticationException) {
            return new PaymentDeclinedException(PaymentDeclinedException.Reason.NOT_AUTHORISED, detail, e);
        }
        return new PaymentGatewayUnavailableException(detail, e);
    }

    private static Money money(Long amount, String currency) {
        return Money.of(Objects.requireNonNull(amount, "amount"), currency.toUpperCase(Locale.ROOT));
    }

    /** Unknown future statuses count as still in progress, so nothing is decided on them. */
    private static IntentStatus intentStatus(String status) {
        return switch (String.valueOf(status)) {
            case "requires_payment_method" -> IntentStatus.REQUIRES_PAYMENT_METHOD;
            case "requires_confirmation" -> IntentStatus.REQUIRES_CONFIRMATION;
            case "requires_action" -> IntentStatus.REQUIRES_ACTION;
            case "requires_capture" -> IntentStatus.REQUIRES_CAPTURE;
            case "succeeded" -> IntentStatus.SUCCEEDED;
            case "canceled" -> IntentStatus.CANCELED;
            default -> IntentStatus.PROCESSING;
        };
    }

    /** Unknown future statuses count as pending, so nothing is decided on them. */
    private static RefundStatus refundStatus(String status) {
        return switch (String.valueOf(status)) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed" -> RefundStatus.FAILED;
            case "canceled" -> RefundStatus.CANCELED;
            case "requires_action" -> RefundStatus.REQUIRES_ACTION;
            default -> RefundStatus.PENDING;
        };
    }

    private static RefundCreateParams.Reason stripeReason(RefundReason reason) {
        return switch (reason) {
            case DUPLICATE_PAYMENT -> RefundCreateParams.Reason.DUPLICATE;
            case FRAUDULENT -> RefundCreateParams.Reason.FRAUDULENT;
            case REQUESTED_BY_CLIENT, CANCELLED_IN_TIME, FORFEIT_WAIVED, LATE_PAYMENT_SLOT_TAKEN, LATE_PAYMENT_HOLD_LAPSED,
                 GOODWILL ->
                    RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER;
        };
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }
}

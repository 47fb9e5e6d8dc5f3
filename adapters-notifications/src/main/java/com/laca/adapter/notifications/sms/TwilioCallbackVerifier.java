package com.laca.adapter.notifications.sms;

import com.laca.application.notification.port.out.SmsCallback;
import com.laca.application.notification.port.out.SmsCallbackRejectedException;
import com.laca.application.notification.port.out.SmsCallbackRequest;
import com.laca.application.notification.port.out.SmsCallbackVerifier;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.PhoneNumber;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies Twilio's callbacks (delivery reports for our messages, and messages clients send back) by their
 * {@code X-Twilio-Signature}, then reads them: a report becomes a delivery update for our message, a reply of STOP
 * (or Twilio's other opt-out words) an opt-out, a reply of START an opt-in.
 */
public final class TwilioCallbackVerifier implements SmsCallbackVerifier {

    /** Twilio's default opt-out words (case-insensitive, the whole message). */
    private static final Set<String> OPT_OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "REVOKE", "OPTOUT");
    /** Twilio's default opt-in words. */
    private static final Set<String> OPT_IN = Set.of("START", "YES", "UNSTOP");
    /** Twilio's error code for a message refused because the recipient had opted out. */
    private static final String UNSUBSCRIBED_RECIPIENT = "21610";

    private final TwilioSignature signature;

    public TwilioCallbackVerifier(String authToken) {
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("the Twilio auth token must not be blank");
        }
        this.signature = new TwilioSignature(authToken);
    }

    @Override
    public SmsCallback verify(SmsCallbackRequest request) {
        Objects.requireNonNull(request, "request");
        String header = request.signature().filter(value -> !value.isBlank()).orElseThrow(() ->
                new SmsCallbackRejectedException(SmsCallbackRejectedException.Reason.MISSING_SIGNATURE,
                        "no X-Twilio-Signature header"));
        // checked before anything in the request is read
        if (!signature.matches(header, request.url().toString(), request.form())) {
            throw new SmsCallbackRejectedException(SmsCallbackRejectedException.Reason.INVALID_SIGNATURE,
                    "X-Twilio-Signature does not match");
        }
        Optional<String> status = single(request, "MessageStatus");
        if (status.isPresent()) {
            return deliveryUpdate(request, status.get());
        }
        Optional<String> body = single(request, "Body");
        if (body.isPresent()) {
            return reply(request, body.get());
        }
        return new SmsCallback.Ignored("neither a delivery report nor a reply");
    }

    private static SmsCallback deliveryUpdate(SmsCallbackRequest request, String status) {
        String sid = single(request, "MessageSid").orElseThrow(() -> malformed("a delivery report without MessageSid"));
        Optional<String> errorCode = single(request, "ErrorCode").filter(code -> !code.isBlank());
        return new SmsCallback.DeliveryUpdate(sid, notification(request), status(status), errorCode,
                errorCode.filter(UNSUBSCRIBED_RECIPIENT::equals).isPresent());
    }

    private static SmsCallback reply(SmsCallbackRequest request, String body) {
        String word = single(request, "OptOutType").orElse(body).strip().toUpperCase(Locale.ROOT);
        boolean optOut = OPT_OUT.contains(word);
        boolean optIn = OPT_IN.contains(word);
        if (!optOut && !optIn) {
            return new SmsCallback.Ignored("a reply that is neither STOP nor START");
        }
        PhoneNumber from;
        try {
            from = new PhoneNumber(single(request, "From").orElseThrow(() -> malformed("a reply without From")));
        } catch (IllegalArgumentException e) {
            throw malformed("a reply from something that is not a phone number");
        }
        return optOut ? new SmsCallback.OptOut(from) : new SmsCallback.OptIn(from);
    }

    private static SmsCallback.Status status(String twilio) {
        return switch (twilio.toLowerCase(Locale.ROOT)) {
            case "accepted", "queued", "scheduled", "sending" -> SmsCallback.Status.ACCEPTED;
            case "sent" -> SmsCallback.Status.SENT;
            case "delivered", "read" -> SmsCallback.Status.DELIVERED;
            case "undelivered" -> SmsCallback.Status.UNDELIVERED;
            case "failed", "canceled" -> SmsCallback.Status.FAILED;
            default -> SmsCallback.Status.OTHER;
        };
    }

    /** Our message id, from the {@code notification} query parameter we put in the status callback URL. */
    private static Optional<NotificationId> notification(SmsCallbackRequest request) {
        String query = request.url().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(TwilioSmsSender.NOTIFICATION_PARAMETER)) {
                try {
                    return Optional.of(NotificationId.parse(
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
                } catch (IllegalArgumentException e) {
                    throw malformed("the notification parameter is not an id");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> single(SmsCallbackRequest request, String name) {
        List<String> values = request.form().get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw malformed(name + " given more than once");
        }
        return Optional.of(values.get(0));
    }

    private static SmsCallbackRejectedException malformed(String what) {
        return new SmsCallbackRejectedException(SmsCallbackRejectedException.Reason.MALFORMED, what);
    }
}

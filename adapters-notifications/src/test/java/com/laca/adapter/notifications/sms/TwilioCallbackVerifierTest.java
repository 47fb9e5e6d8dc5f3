package com.laca.adapter.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.notification.port.out.SmsCallback;
import com.laca.application.notification.port.out.SmsCallbackRejectedException;
import com.laca.application.notification.port.out.SmsCallbackRequest;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.PhoneNumber;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Twilio callbacks are believed only with Twilio's signature")
class TwilioCallbackVerifierTest {

    private static final String TOKEN = "callback-token";
    private static final URI CALLBACK = URI.create("https://laca.example/api/webhooks/twilio?notification="
            + "5f0c2b7e-8a5e-4d8c-9d5e-3a0c6f1e2b4d");
    private final TwilioCallbackVerifier verifier = new TwilioCallbackVerifier(TOKEN);

    private static SmsCallbackRequest signed(URI url, Map<String, String> form) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        form.forEach((name, value) -> multi.put(name, List.of(value)));
        String signature = new TwilioSignature(TOKEN).sign(url.toString(), multi);
        return new SmsCallbackRequest(url, multi, Optional.of(signature));
    }

    @Test
    @DisplayName("computes the signature of Twilio's own documented example")
    void documentedExample() {
        Map<String, List<String>> params = Map.of("CallSid", List.of("CA1234567890ABCDE"),
                "Caller", List.of("+12349013030"), "Digits", List.of("1234"), "From", List.of("+12349013030"),
                "To", List.of("+18005551212"));

        assertThat(new TwilioSignature("12345").sign("https://mycompany.com/myapp.php?foo=1&bar=2", params))
                .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    @DisplayName("a signed delivery report names the provider's message and our outbox message")
    void deliveryReport() {
        SmsCallback callback = verifier.verify(signed(CALLBACK, Map.of("MessageSid", "SM123", "MessageStatus",
                "delivered", "To", "+447700900123", "AccountSid", FakeTwilioServer.ACCOUNT)));

        assertThat(callback).isEqualTo(new SmsCallback.DeliveryUpdate("SM123",
                Optional.of(NotificationId.parse("5f0c2b7e-8a5e-4d8c-9d5e-3a0c6f1e2b4d")),
                SmsCallback.Status.DELIVERED, Optional.empty(), false));
    }

    @Test
    @DisplayName("a report that the number had opted out says so")
    void undeliveredBecauseStopped() {
        SmsCallback callback = verifier.verify(signed(CALLBACK, Map.of("MessageSid", "SM123", "MessageStatus",
                "failed", "ErrorCode", "21610")));

        assertThat(callback).isInstanceOfSatisfying(SmsCallback.DeliveryUpdate.class, update -> {
            assertThat(update.status()).isEqualTo(SmsCallback.Status.FAILED);
            assertThat(update.recipientOptedOut()).isTrue();
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"STOP", "stop", " Unsubscribe ", "END"})
    @DisplayName("a reply of STOP (or another opt-out word) opts the number out")
    void stop(String body) {
        SmsCallback callback = verifier.verify(signed(URI.create("https://laca.example/api/webhooks/twilio/inbound"),
                Map.of("MessageSid", "SM9", "From", "+447700900123", "Body", body)));

        assertThat(callback).isEqualTo(new SmsCallback.OptOut(new PhoneNumber("+447700900123")));
    }

    @Test
    @DisplayName("a reply of START opts the number back in; anything else is ignored")
    void startAndOthers() {
        URI inbound = URI.create("https://laca.example/api/webhooks/twilio/inbound");

        assertThat(verifier.verify(signed(inbound, Map.of("From", "+447700900123", "Body", "Start"))))
                .isEqualTo(new SmsCallback.OptIn(new PhoneNumber("+447700900123")));
        assertThat(verifier.verify(signed(inbound, Map.of("From", "+447700900123", "Body", "Can I come at 11?"))))
                .isInstanceOf(SmsCallback.Ignored.class);
        assertThat(verifier.verify(signed(inbound, Map.of("From", "+447700900123", "Body", "no more please",
                "OptOutType", "STOP")))).isInstanceOf(SmsCallback.OptOut.class);
    }

    @Test
    @DisplayName("a forged STOP (wrong signature, another URL, a changed parameter or no signature) is rejected")
    void forgeries() {
        SmsCallbackRequest genuine = signed(CALLBACK, Map.of("From", "+447700900123", "Body", "STOP"));

        assertThatThrownBy(() -> verifier.verify(new SmsCallbackRequest(genuine.url(), genuine.form(),
                Optional.of("AAAAAAAAAAAAAAAAAAAAAAAAAAA="))))
                .isInstanceOfSatisfying(SmsCallbackRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SmsCallbackRejectedException.Reason.INVALID_SIGNATURE));
        assertThatThrownBy(() -> verifier.verify(new SmsCallbackRequest(URI.create("https://evil.example/x"),
                genuine.form(), genuine.signature()))).isInstanceOf(SmsCallbackRejectedException.class);
        assertThatThrownBy(() -> verifier.verify(new SmsCallbackRequest(genuine.url(),
                Map.of("From", List.of("+447700900999"), "Body", List.of("STOP")), genuine.signature())))
                .isInstanceOf(SmsCallbackRejectedException.class);
        assertThatThrownBy(() -> verifier.verify(new SmsCallbackRequest(genuine.url(), genuine.form(),
                Optional.empty())))
                .isInstanceOfSatisfying(SmsCallbackRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SmsCallbackRejectedException.Reason.MISSING_SIGNATURE));
    }

    @Test
    @DisplayName("a signed callback that cannot be read is rejected as malformed")
    void malformed() {
        assertThatThrownBy(() -> verifier.verify(signed(CALLBACK, Map.of("MessageStatus", "sent"))))
                .isInstanceOfSatisfying(SmsCallbackRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SmsCallbackRejectedException.Reason.MALFORMED));
        assertThatThrownBy(() -> verifier.verify(signed(CALLBACK, Map.of("From", "not a number", "Body", "STOP"))))
                .isInstanceOf(SmsCallbackRejectedException.class);
    }
}

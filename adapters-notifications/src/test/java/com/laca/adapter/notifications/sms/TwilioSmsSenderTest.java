package com.laca.adapter.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.notification.port.out.DeliveryReceipt;
import com.laca.application.notification.port.out.DeliveryRefusedException;
import com.laca.application.notification.port.out.DeliveryUnavailableException;
import com.laca.application.notification.port.out.SmsMessage;
import com.laca.application.notification.port.out.SmsSender;
import com.laca.application.notification.port.out.SmsSenderContract;
import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.PhoneNumber;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Twilio SMS sender against a Twilio-shaped local server")
class TwilioSmsSenderTest extends SmsSenderContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    private static final PhoneNumber EMMA = new PhoneNumber("07700 900123");
    private static final String TEXT = "Demo Clinic: see you Tue 1 Dec at 10:30. Manage: https://x.test/m";

    private FakeTwilioServer twilio;
    private TwilioSmsSender sender;

    @BeforeEach
    void start() throws IOException {
        twilio = new FakeTwilioServer();
        sender = sender(twilio.base(), FakeTwilioServer.TOKEN, "+447700900000");
    }

    @AfterEach
    void stop() {
        twilio.close();
    }

    private static TwilioSmsSender sender(URI base, String token, String from) {
        return new TwilioSmsSender(new TwilioConfig(FakeTwilioServer.ACCOUNT, token, from, base,
                Optional.of(URI.create("https://laca.example/api/webhooks/twilio")), Duration.ofSeconds(2),
                READ_TIMEOUT), CLOCK);
    }

    @Override
    protected SmsSender sender() {
        return sender;
    }

    @Override
    protected List<Delivered> delivered() {
        return twilio.messages().stream().map(m -> new Delivered(m.to(), m.body())).toList();
    }

    private static void failsWith(Runnable send, Class<? extends RuntimeException> type,
                                  Consumer<RuntimeException> also) {
        assertThatThrownBy(send::run).isInstanceOfSatisfying(type, e -> {
            assertThat(e.getMessage()).doesNotContain("7700900123").doesNotContain("Demo Clinic");
            also.accept(e);
        });
    }

    @Test
    @DisplayName("posts the form Twilio expects, authenticated, with our id in the status callback URL")
    void wireFormat() {
        NotificationId id = NotificationId.random();

        DeliveryReceipt receipt = sender.send(new SmsMessage(id, EMMA, TEXT, 1));

        FakeTwilioServer.Request sent = twilio.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/2010-04-01/Accounts/" + FakeTwilioServer.ACCOUNT + "/Messages.json");
        assertThat(sent.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(sent.form()).containsEntry("To", "+447700900123").containsEntry("From", "+447700900000")
                .containsEntry("Body", TEXT)
                .containsEntry("StatusCallback", "https://laca.example/api/webhooks/twilio?notification=" + id);
        assertThat(receipt.providerReference()).isEqualTo(twilio.messages().get(0).sid()).startsWith("SM");
    }

    @Test
    @DisplayName("sends through a messaging service when the sender is one")
    void messagingService() {
        String service = "MG" + "0123456789abcdef".repeat(2);
        sender(twilio.base(), FakeTwilioServer.TOKEN, service).send(new SmsMessage(NotificationId.random(), EMMA,
                TEXT, 1));

        assertThat(twilio.requests().get(0).form()).containsEntry("MessagingServiceSid", service)
                .doesNotContainKey("From");
    }

    @Test
    @DisplayName("Twilio created the message but answered too late: maybe sent; the retry finds it and sends nothing")
    void timeoutAfterCreation() {
        NotificationId id = NotificationId.random();
        twilio.then(twilio.createThenStall(6_000));

        failsWith(() -> sender.send(new SmsMessage(id, EMMA, TEXT, 1)), DeliveryUnavailableException.class,
                e -> assertThat(((DeliveryUnavailableException) e).outcomeUnknown()).isTrue());
        DeliveryReceipt retry = sender.send(new SmsMessage(id, EMMA, TEXT, 2));

        assertThat(twilio.messages()).hasSize(1);
        assertThat(retry.providerReference()).isEqualTo(twilio.messages().get(0).sid());
    }

    @Test
    @DisplayName("Twilio failed before creating it: the retry looks, finds nothing and sends it once")
    void failedBeforeCreation() {
        NotificationId id = NotificationId.random();
        twilio.then(FakeTwilioServer.error(503, 20503));

        failsWith(() -> sender.send(new SmsMessage(id, EMMA, TEXT, 1)), DeliveryUnavailableException.class,
                e -> assertThat(((DeliveryUnavailableException) e).outcomeUnknown()).isTrue());
        sender.send(new SmsMessage(id, EMMA, TEXT, 2));

        assertThat(twilio.messages()).hasSize(1);
        assertThat(twilio.requests()).extracting(FakeTwilioServer.Request::method)
                .containsExactly("POST", "GET", "POST");
    }

    @ParameterizedTest(name = "error {0}")
    @ValueSource(ints = {21211, 21610, 21614})
    @DisplayName("An invalid number, a number that replied STOP or a landline is refused for good")
    void refusedForGood(int code) {
        twilio.then(FakeTwilioServer.error(400, code));

        failsWith(() -> sender.send(new SmsMessage(NotificationId.random(), EMMA, TEXT, 1)),
                DeliveryRefusedException.class, e -> assertThat(e).hasMessage("Twilio HTTP 400, error " + code));
    }

    @Test
    @DisplayName("Rate-limited (429): not sent, try again later")
    void rateLimited() {
        twilio.then(FakeTwilioServer.error(429, 20429));

        failsWith(() -> sender.send(new SmsMessage(NotificationId.random(), EMMA, TEXT, 1)),
                DeliveryUnavailableException.class,
                e -> assertThat(((DeliveryUnavailableException) e).outcomeUnknown()).isFalse());
    }

    @Test
    @DisplayName("A wrong auth token keeps the message for when an operator fixes it")
    void wrongCredentials() {
        TwilioSmsSender wrong = sender(twilio.base(), "not-the-token", "+447700900000");

        failsWith(() -> wrong.send(new SmsMessage(NotificationId.random(), EMMA, TEXT, 1)),
                DeliveryUnavailableException.class, e -> assertThat(e).hasMessage("Twilio HTTP 401, error 20003"));
        assertThat(twilio.messages()).isEmpty();
    }

    @Test
    @DisplayName("Twilio unreachable: not sent, try again")
    void unreachable() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        TwilioSmsSender down = sender(URI.create("http://127.0.0.1:" + port), FakeTwilioServer.TOKEN,
                "+447700900000");

        failsWith(() -> down.send(new SmsMessage(NotificationId.random(), EMMA, TEXT, 1)),
                DeliveryUnavailableException.class,
                e -> assertThat(((DeliveryUnavailableException) e).outcomeUnknown()).isFalse());
    }

    @Test
    @DisplayName("An unreadable success answer means maybe sent")
    void garbledAnswer() {
        twilio.then((request, exchange) -> FakeTwilioServer.reply(exchange, 201, "<html>proxy</html>"));

        failsWith(() -> sender.send(new SmsMessage(NotificationId.random(), EMMA, TEXT, 1)),
                DeliveryUnavailableException.class,
                e -> assertThat(((DeliveryUnavailableException) e).outcomeUnknown()).isTrue());
    }
}

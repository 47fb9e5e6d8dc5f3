package com.laca.adapter.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Twilio settings")
class TwilioConfigTest {

    private static Optional<TwilioConfig> read(Map<String, String> values) {
        return TwilioConfig.from(key -> Optional.ofNullable(values.get(key)));
    }

    private static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put(TwilioConfig.ACCOUNT_SID, FakeTwilioServer.ACCOUNT);
        values.put(TwilioConfig.AUTH_TOKEN, "very-secret-token");
        values.put(TwilioConfig.FROM, "DemoClinic");
        return values;
    }

    @Test
    @DisplayName("Without an account there is no Twilio: SMS are only logged (LOG_ONLY)")
    void noAccount() {
        assertThat(read(Map.of())).isEmpty();
    }

    @Test
    @DisplayName("An alphanumeric sender id, Twilio's own API and no delivery reports by default")
    void defaults() {
        TwilioConfig config = read(complete()).orElseThrow();

        assertThat(config.apiBase()).isEqualTo(TwilioConfig.DEFAULT_API_BASE);
        assertThat(config.statusCallback()).isEmpty();
        assertThat(config.sendsThroughMessagingService()).isFalse();
        assertThat(config.toString()).doesNotContain("very-secret-token").contains("authToken=***");
    }

    @Test
    @DisplayName("Bad settings are refused naming the key")
    void invalid() {
        Map<String, String> badAccount = complete();
        badAccount.put(TwilioConfig.ACCOUNT_SID, "AC123");
        assertThatThrownBy(() -> read(badAccount)).hasMessageContaining(TwilioConfig.ACCOUNT_SID);

        Map<String, String> noToken = complete();
        noToken.remove(TwilioConfig.AUTH_TOKEN);
        assertThatThrownBy(() -> read(noToken)).hasMessageContaining(TwilioConfig.AUTH_TOKEN);

        Map<String, String> plainCallback = complete();
        plainCallback.put(TwilioConfig.STATUS_CALLBACK_URL, "http://laca.example/api/webhooks/twilio");
        assertThatThrownBy(() -> read(plainCallback)).hasMessageContaining(TwilioConfig.STATUS_CALLBACK_URL);

        Map<String, String> digitsOnly = complete();
        digitsOnly.put(TwilioConfig.FROM, "12345");
        assertThatThrownBy(() -> read(digitsOnly)).hasMessageContaining(TwilioConfig.FROM);
    }
}

package com.laca.adapter.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SMTP settings")
class SmtpConfigTest {

    private static Optional<SmtpConfig> read(Map<String, String> values) {
        return SmtpConfig.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    @DisplayName("Without a host there is no SMTP: the embedded default keeps messages in its outbox viewer")
    void noHost() {
        assertThat(read(Map.of())).isEmpty();
    }

    @Test
    @DisplayName("With a host, STARTTLS on port 587 is the default and the Message-ID domain is the sender's")
    void defaults() {
        SmtpConfig config = read(Map.of(SmtpConfig.HOST, "smtp.example.org", SmtpConfig.FROM,
                "bookings@laca.example")).orElseThrow();

        assertThat(config.security()).isEqualTo(SmtpConfig.Security.STARTTLS);
        assertThat(config.port()).isEqualTo(587);
        assertThat(config.messageIdDomain()).isEqualTo("laca.example");
        assertThat(config.trustedHost()).isEmpty();
    }

    @Test
    @DisplayName("Bad settings are refused naming the key, never the value")
    void invalid() {
        assertThatThrownBy(() -> read(Map.of(SmtpConfig.HOST, "smtp.example.org")))
                .hasMessageContaining(SmtpConfig.FROM);
        assertThatThrownBy(() -> read(Map.of(SmtpConfig.HOST, "smtp.example.org", SmtpConfig.FROM, "b@laca.example",
                SmtpConfig.SECURITY, "SSLv3"))).hasMessageContaining(SmtpConfig.SECURITY);
        assertThatThrownBy(() -> read(Map.of(SmtpConfig.HOST, "smtp.example.org", SmtpConfig.FROM, "b@laca.example",
                SmtpConfig.USERNAME, "laca"))).hasMessageContaining(SmtpConfig.PASSWORD);
        assertThatThrownBy(() -> read(Map.of(SmtpConfig.HOST, "smtp.example.org", SmtpConfig.FROM, "b@laca.example",
                SmtpConfig.PORT, "smtp"))).hasMessageContaining(SmtpConfig.PORT).hasMessageNotContaining("smtp\"");
    }

    @Test
    @DisplayName("The password never appears when the settings are logged")
    void passwordHidden() {
        SmtpConfig config = read(Map.of(SmtpConfig.HOST, "smtp.example.org", SmtpConfig.FROM, "b@laca.example",
                SmtpConfig.USERNAME, "laca", SmtpConfig.PASSWORD, "hunter2-secret")).orElseThrow();

        assertThat(config.toString()).doesNotContain("hunter2").contains("password=***");
    }
}

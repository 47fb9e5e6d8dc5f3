package com.laca.adapter.payments.stripe;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Stripe configuration")
class StripeConfigTest {

    private final Map<String, String> values = new HashMap<>();

    private Optional<StripeConfig> read() {
        return StripeConfig.from(key -> Optional.ofNullable(values.get(key)));
    }

    private void required() {
        values.put(StripeConfig.API_KEY, "sk_test_a");
        values.put(StripeConfig.PUBLISHABLE_KEY, "pk_test_a");
        values.put(StripeConfig.WEBHOOK_SECRET, "whsec_test_a");
    }

    @Test
    @DisplayName("without an API key there is no Stripe, which means pay-at-clinic mode")
    void absent() {
        assertThat(read()).isEmpty();
        values.put(StripeConfig.API_KEY, " ");
        assertThat(read()).isEmpty();
    }

    @Test
    @DisplayName("with the three keys set, everything else has safe defaults")
    void defaults() {
        required();
        StripeConfig config = read().orElseThrow();
        assertThat(config.apiBase()).isEqualTo(URI.create("https://api.stripe.com"));
        assertThat(config.platformFeeBps()).isZero();
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.maxNetworkRetries()).isEqualTo(2);
    }

    @Test
    @DisplayName("reads every setting")
    void everything() {
        required();
        values.put(StripeConfig.API_BASE, "http://127.0.0.1:12111");
        values.put(StripeConfig.PLATFORM_FEE_BPS, "150");
        values.put(StripeConfig.CONNECT_TIMEOUT_MS, "1000");
        values.put(StripeConfig.READ_TIMEOUT_MS, "3000");
        values.put(StripeConfig.MAX_NETWORK_RETRIES, "3");
        assertThat(read()).contains(new StripeConfig("sk_test_a", "pk_test_a", "whsec_test_a",
                URI.create("http://127.0.0.1:12111"), 150, Duration.ofSeconds(1), Duration.ofSeconds(3), 3));
    }

    @Test
    @DisplayName("an API key without its webhook secret is a configuration error that names the key, not the value")
    void missingSecret() {
        values.put(StripeConfig.API_KEY, "sk_test_a");
        values.put(StripeConfig.PUBLISHABLE_KEY, "pk_test_a");
        assertThatThrownBy(this::read)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StripeConfig.WEBHOOK_SECRET)
                .hasMessageNotContaining("sk_test_a");
    }

    @Test
    @DisplayName("a fee above 100% or a non-number is refused")
    void invalidNumbers() {
        required();
        values.put(StripeConfig.PLATFORM_FEE_BPS, "10001");
        assertThatThrownBy(this::read).isInstanceOf(IllegalArgumentException.class);
        values.put(StripeConfig.PLATFORM_FEE_BPS, "ten");
        assertThatThrownBy(this::read).hasMessageContaining(StripeConfig.PLATFORM_FEE_BPS);
    }

    @Test
    @DisplayName("its description hides both secrets")
    void hidesSecrets() {
        required();
        assertThat(read().orElseThrow().toString()).doesNotContain("sk_test_a", "whsec_test_a").contains("pk_test_a");
    }
}

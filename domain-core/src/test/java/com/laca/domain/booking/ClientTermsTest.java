package com.laca.domain.booking;

import com.laca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("What a client is told before booking")
class ClientTermsTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    @DisplayName("cancelling is free until the window before the start, the very moment the policy still calls free")
    void deadline() {
        CancellationPolicy policy = new CancellationPolicy(Duration.ofHours(48));
        ClientTerms terms = ClientTerms.of(Money.of(27_500, "GBP"), Money.of(5_000, "GBP"), START, LONDON, policy);

        assertThat(terms.freeCancellationUntil()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(policy.onCancellation(START, terms.freeCancellationUntil()))
                .isEqualTo(CancellationOutcome.FREE_CANCELLATION);
        assertThat(policy.onCancellation(START, terms.freeCancellationUntil().plusSeconds(1)))
                .isEqualTo(CancellationOutcome.LATE_CANCELLATION);
    }

    @Test
    @DisplayName("the deadline is read on the location's clock, in summer time when the start is already in winter time")
    void localDeadlineAcrossTheClockChange() {
        Instant mondayAfterTheChange = Instant.parse("2026-10-26T10:00:00Z");
        ClientTerms terms = ClientTerms.of(Money.of(27_500, "GBP"), Money.of(5_000, "GBP"), mondayAfterTheChange,
                LONDON, new CancellationPolicy(Duration.ofHours(48)));

        assertThat(terms.freeCancellationUntilLocal()).isEqualTo(LocalDateTime.of(2026, 10, 24, 11, 0));
        assertThat(terms.freeCancellationUntilThere().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    @DisplayName("after the deadline the deposit is kept, unless no deposit was asked for")
    void afterDeadline() {
        CancellationPolicy policy = new CancellationPolicy(Duration.ofHours(48));
        assertThat(ClientTerms.of(Money.of(27_500, "GBP"), Money.of(5_000, "GBP"), START, LONDON, policy).afterDeadline())
                .isEqualTo(ClientTerms.AfterDeadline.DEPOSIT_KEPT);
        assertThat(ClientTerms.of(Money.of(6_000, "GBP"), Money.zero("GBP"), START, LONDON, policy).afterDeadline())
                .isEqualTo(ClientTerms.AfterDeadline.NOTHING_TO_KEEP);
    }
}

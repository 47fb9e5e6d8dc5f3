package com.laca.adapter.persistence.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.booking.port.out.IdempotentAnswers;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.IdempotentAnswer;
import com.laca.application.booking.port.in.RunOnceUseCase;
import com.laca.application.booking.service.IdempotentRequests;
import com.laca.application.shared.KeyReusedException;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key store and the service on it, run on each database the JPA adapter supports. */
abstract class IdempotentAnswersFlows {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final String HASH = "a".repeat(64);

    abstract JpaPersistencePorts ports();

    private TenantId tenant;
    private TenantId other;

    @BeforeEach
    void clinics() {
        tenant = storeTenant();
        other = storeTenant();
    }

    private TenantId storeTenant() {
        Tenant stored = new Tenant(TenantId.random(), new TenantSlug("idem-" + UUID.randomUUID()), "Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        ports().tx().inTenant(stored.id(), () -> {
            ports().tenants().insert(stored);
            return null;
        });
        return stored.id();
    }

    private IdempotentAnswers store() {
        return new JpaIdempotentAnswers(ports().persistence(), ports().current());
    }

    private IdempotentRequests requests(Instant at) {
        return new IdempotentRequests(ports().tx(), store(), Clock.fixed(at, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("the stored answer is sealed: a server with another key cannot read it and refuses the key (409) "
            + "instead of booking again")
    void answersAreSealed() {
        IdempotentAnswer first = new IdempotentAnswer(201, "{\"manageToken\":\"mt_1\"}", "https://x/bookings/mt_1");
        requests(NOW).run(tenant, "public", "sealed", HASH, () -> first);
        AnswerSeal otherKey = AnswerSeal.withKey(java.util.Base64.getEncoder().encodeToString(new byte[32]));
        IdempotentRequests otherServer = new IdempotentRequests(ports().tx(),
                new JpaIdempotentAnswers(ports().persistence(), ports().current(), otherKey),
                Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));

        assertThatThrownBy(() -> otherServer.run(tenant, "public", "sealed", HASH, () -> first))
                .isInstanceOf(ConflictException.class);
        assertThat(requests(NOW.plusSeconds(5)).run(tenant, "public", "sealed", HASH, () -> first).answer())
                .isEqualTo(first);
    }

    @Test
    @DisplayName("a key runs its request once; the repeat replays the stored status, body and location")
    void replaysTheFirstAnswer() {
        AtomicInteger runs = new AtomicInteger();
        IdempotentAnswer first = new IdempotentAnswer(201, "{\"id\":\"1\"}", "https://x/1");
        RunOnceUseCase.Outcome one = requests(NOW).run(tenant, "public", "k1", HASH, () -> {
            runs.incrementAndGet();
            return first;
        });
        RunOnceUseCase.Outcome two = requests(NOW.plusSeconds(5)).run(tenant, "public", "k1", HASH, () -> {
            runs.incrementAndGet();
            return new IdempotentAnswer(201, "{\"id\":\"2\"}", null);
        });
        assertThat(runs).hasValue(1);
        assertThat(one.replayed()).isFalse();
        assertThat(two.replayed()).isTrue();
        assertThat(two.answer()).isEqualTo(first);
    }

    @Test
    @DisplayName("the same key with another body is refused as key-reused")
    void otherBodyIsRefused() {
        requests(NOW).run(tenant, "public", "k2", HASH, () -> new IdempotentAnswer(201, "{}", null));
        assertThatThrownBy(() -> requests(NOW).run(tenant, "public", "k2", "b".repeat(64),
                () -> new IdempotentAnswer(201, "{}", null))).isInstanceOf(KeyReusedException.class);
    }

    @Test
    @DisplayName("keys are per clinic and per scope, and expire after 24 hours")
    void keysArePerTenantScopeAndExpire() {
        AtomicInteger runs = new AtomicInteger();
        requests(NOW).run(tenant, "public", "k3", HASH, () -> answer(runs));
        requests(NOW).run(other, "public", "k3", "b".repeat(64), () -> answer(runs));
        requests(NOW).run(tenant, "staff", "k3", "c".repeat(64), () -> answer(runs));
        assertThat(runs).hasValue(3);
        RunOnceUseCase.Outcome later = requests(NOW.plus(Duration.ofHours(25)))
                .run(tenant, "public", "k3", "d".repeat(64), () -> answer(runs));
        assertThat(later.replayed()).isFalse();
        assertThat(runs).hasValue(4);
    }

    @Test
    @DisplayName("a failed or refused request frees its key, so a retry runs again")
    void failuresAreNotKept() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> requests(NOW).run(tenant, "public", "k4", HASH, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        requests(NOW).run(tenant, "public", "k4", HASH, () -> {
            runs.incrementAndGet();
            return new IdempotentAnswer(409, "{}", null);
        });
        RunOnceUseCase.Outcome third = requests(NOW).run(tenant, "public", "k4", HASH, () -> answer(runs));
        assertThat(third.replayed()).isFalse();
        assertThat(runs).hasValue(3);
    }

    @Test
    @DisplayName("a booking made but whose answer was never stored (the server died in between) is not run again by a "
            + "retry, even after the claim went stale: 409 unfinished, until the key expires after 24 hours")
    void crashBetweenBookingAndAnswerNeverBooksTwice() {
        AtomicInteger bookings = new AtomicInteger();
        IdempotentAnswers dying = new IdempotentAnswers() {
            @Override
            public Optional<Entry> find(String scope, String key, Instant notBefore) {
                return store().find(scope, key, notBefore);
            }

            @Override
            public boolean claim(String scope, String key, String requestHash, Instant now, Instant staleBefore,
                                 Instant expiredBefore) {
                return store().claim(scope, key, requestHash, now, staleBefore, expiredBefore);
            }

            @Override
            public void complete(String scope, String key, IdempotentAnswer answer) {
                throw new IllegalStateException("the server died before the answer was stored");
            }

            @Override
            public void release(String scope, String key) {
                store().release(scope, key);
            }
        };
        assertThatThrownBy(() -> new IdempotentRequests(ports().tx(), dying, Clock.fixed(NOW, ZoneOffset.UTC))
                .run(tenant, "public", "k6", HASH, () -> answer(bookings)))
                .hasMessageContaining("server died");

        Instant afterTheRestart = NOW.plus(Duration.ofMinutes(5));
        assertThatThrownBy(() -> requests(afterTheRestart).run(tenant, "public", "k6", HASH, () -> answer(bookings)))
                .isInstanceOf(IdempotentRequests.UnfinishedRequestException.class)
                .hasMessageContaining("may have booked");
        assertThat(bookings).as("booked once, never again under the same key").hasValue(1);
        assertThat(requests(NOW.plus(Duration.ofHours(25))).run(tenant, "public", "k6", HASH,
                () -> answer(bookings)).replayed()).as("an expired key is new").isFalse();
        assertThat(bookings).hasValue(2);
    }

    @Test
    @DisplayName("a second claim of a held key is refused by the unique key, without failing the transaction")
    void secondClaimLoses() {
        assertThat(ports().tx().inTenant(tenant,
                () -> store().claim("public", "k5", HASH, NOW, NOW, NOW))).isTrue();
        assertThat(ports().tx().inTenant(tenant,
                () -> store().claim("public", "k5", HASH, NOW, NOW.minusSeconds(60), NOW.minusSeconds(60)))).isFalse();
        assertThat(ports().tx().inTenant(tenant, () -> store().find("public", "k5", NOW.minusSeconds(1))))
                .hasValueSatisfying(entry -> assertThat(entry.answer()).isEmpty());
    }

    private static IdempotentAnswer answer(AtomicInteger runs) {
        runs.incrementAndGet();
        return new IdempotentAnswer(201, "{}", null);
    }
}

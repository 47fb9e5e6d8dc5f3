package com.laca.application.academy.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.PersistenceContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract every {@link IssuerKeyRepository} keeps: one key per clinic, first one wins, no clinic sees another's. */
public abstract class IssuerKeyRepositoryContract extends PersistenceContract {

    private static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");

    /** The adapter's store, on the transaction runner of {@link #createPorts()}. */
    protected abstract IssuerKeyRepository issuerKeys();

    private static IssuerKey candidate() {
        String kid = UUID.randomUUID().toString();
        return new IssuerKey(kid, "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\"}", "v1:sealed-" + kid, CREATED);
    }

    @Test
    @DisplayName("a clinic has no key until one is added; then it reads back as stored")
    void addsTheFirstKey() {
        IssuerKeyRepository keys = issuerKeys();
        IssuerKey first = candidate();

        assertThat(inA(keys::find)).isEmpty();
        assertThat(inA(() -> keys.addIfAbsent(first))).isEqualTo(first);
        assertThat(inA(keys::find)).contains(first);
    }

    @Test
    @DisplayName("a second key for the same clinic is not stored: the first one is answered")
    void keepsTheFirstKey() {
        IssuerKeyRepository keys = issuerKeys();
        IssuerKey first = candidate();
        doInA(() -> keys.addIfAbsent(first));

        assertThat(inA(() -> keys.addIfAbsent(candidate()))).isEqualTo(first);
        assertThat(inA(keys::find)).contains(first);
    }

    @Test
    @DisplayName("each clinic has its own key and never sees the other's")
    void keysAreTenantScoped() {
        IssuerKeyRepository keys = issuerKeys();
        IssuerKey a = candidate();
        doInA(() -> keys.addIfAbsent(a));

        assertThat(inB(keys::find)).isEmpty();
        IssuerKey b = candidate();
        assertThat(inB(() -> keys.addIfAbsent(b))).isEqualTo(b);
        assertThat(inA(keys::find)).contains(a);
        assertThat(inB(keys::find)).contains(b);
    }

    @Test
    @DisplayName("concurrent first uses by several requests all end up with one and the same key")
    void concurrentFirstUseMakesOneKey() throws Exception {
        IssuerKeyRepository keys = issuerKeys();
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<IssuerKey>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    IssuerKey mine = candidate();
                    start.await(10, TimeUnit.SECONDS);
                    return inA(() -> keys.find().orElseGet(() -> keys.addIfAbsent(mine)));
                }));
            }
            List<IssuerKey> answered = new ArrayList<>();
            for (Future<IssuerKey> answer : answers) {
                answered.add(answer.get(60, TimeUnit.SECONDS));
            }
            IssuerKey stored = inA(keys::find).orElseThrow();
            assertThat(answered).containsOnly(stored);
        } finally {
            pool.shutdownNow();
        }
    }
}

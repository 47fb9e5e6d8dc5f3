package com.laca.application.clinic.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.PersistenceContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link ReferenceDataVersion} contract: 0 until the first change, one step a bump, never lost under concurrent
 * bumps, rolled back with its transaction, and each clinic's own.
 */
public abstract class ReferenceDataVersionContract extends PersistenceContract {

    @Test
    @DisplayName("a clinic's version is 0 until its reference data first changes, then moves on by one a change")
    void bumps() {
        assertThat(inA(() -> ports.referenceDataVersion().current())).isZero();

        doInA(() -> ports.referenceDataVersion().bump());
        assertThat(inA(() -> ports.referenceDataVersion().current())).isEqualTo(1);
        doInA(() -> {
            ports.referenceDataVersion().bump();
            ports.referenceDataVersion().bump();
        });
        assertThat(inA(() -> ports.referenceDataVersion().current())).isEqualTo(3);
        assertThat(inB(() -> ports.referenceDataVersion().current())).isZero();
    }

    @Test
    @DisplayName("a change that is rolled back does not move the version on")
    void rolledBack() {
        doInA(() -> ports.referenceDataVersion().bump());
        assertThatThrownBy(() -> doInA(() -> {
            ports.referenceDataVersion().bump();
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inA(() -> ports.referenceDataVersion().current())).isEqualTo(1);
    }

    @Test
    @DisplayName("changes made at the same time by several staff each move the version on, none is lost")
    void concurrentBumps() throws Exception {
        doInA(() -> ports.referenceDataVersion().bump());
        int changes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                done.add(pool.submit(() -> doInA(() -> ports.referenceDataVersion().bump())));
            }
            for (Future<?> change : done) {
                change.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(inA(() -> ports.referenceDataVersion().current())).isEqualTo(1 + changes);
    }
}

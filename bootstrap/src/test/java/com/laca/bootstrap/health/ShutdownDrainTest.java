package com.laca.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shutdown drain")
class ShutdownDrainTest {

    private final ShutdownDrain drain = new ShutdownDrain();

    @Test
    @DisplayName("an idle instance is ready, and drains at once when told to stop, turning readiness DOWN")
    void idle() throws Exception {
        assertThat(drain.draining()).isFalse();

        assertThat(drain.drain(Duration.ZERO, Duration.ofSeconds(5))).isTrue();

        assertThat(drain.draining()).isTrue();
    }

    @Test
    @DisplayName("a request in flight when the stop begins is waited for, and the stop goes on once it is answered")
    void waitsForTheRequestInFlight() throws Exception {
        drain.enter();
        CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> {
            try {
                return drain.drain(Duration.ZERO, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (!drain.draining()) {
            Thread.onSpinWait();
        }
        TimeUnit.MILLISECONDS.sleep(100);
        assertThat(stopping).isNotDone();

        drain.leave();

        assertThat(stopping.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(drain.inFlight()).isZero();
    }

    @Test
    @DisplayName("a request that outlasts the drain period does not hold the stop up for ever")
    void periodIsABound() throws Exception {
        drain.enter();

        long started = System.nanoTime();
        assertThat(drain.drain(Duration.ZERO, Duration.ofMillis(200))).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(drain.inFlight()).isEqualTo(1);
    }

    @Test
    @DisplayName("new requests are served during the pre-stop period, with readiness already DOWN, and refused after it")
    void preStopThenRefuse() throws Exception {
        CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> {
            try {
                return drain.drain(Duration.ofMillis(300), Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (!drain.draining()) {
            Thread.onSpinWait();
        }
        assertThat(drain.enter()).as("served during the pre-stop period").isTrue();
        drain.leave();

        assertThat(stopping.get(5, TimeUnit.SECONDS)).isTrue();

        assertThat(drain.enter()).as("refused once the drain has begun").isFalse();
        assertThat(drain.inFlight()).isZero();
    }
}

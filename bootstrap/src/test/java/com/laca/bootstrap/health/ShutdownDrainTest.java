package com.laca.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shutdown drain")
class ShutdownDrainTest {

    /** Only a guard against a hung test; no assertion depends on how long anything takes. */
    private static final long GUARD_SECONDS = 60;

    @Test
    @DisplayName("an idle instance is ready, and drains at once when told to stop, turning readiness DOWN")
    void idle() throws Exception {
        SteppedWaiting waiting = new SteppedWaiting(false);
        ShutdownDrain drain = new ShutdownDrain(waiting);
        assertThat(drain.draining()).isFalse();

        assertThat(drain.drain(Duration.ZERO, Duration.ofSeconds(5))).isTrue();

        assertThat(drain.draining()).isTrue();
        assertThat(waiting.paused.get()).as("no pre-stop period was asked for").isNull();
    }

    @Test
    @DisplayName("a request in flight when the stop begins is waited for, and the stop goes on once it is answered")
    void waitsForTheRequestInFlight() throws Exception {
        SteppedWaiting waiting = new SteppedWaiting(false);
        ShutdownDrain drain = new ShutdownDrain(waiting);
        drain.enter();

        CompletableFuture<Boolean> stopping = stop(drain, Duration.ZERO, Duration.ofSeconds(30));
        assertThat(waiting.waiting.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(stopping).as("the stop waits while the request is in flight").isNotDone();
        assertThat(drain.refusing()).isTrue();

        drain.leave();

        assertThat(stopping.get(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(drain.inFlight()).isZero();
    }

    @Test
    @DisplayName("a request that outlasts the drain period does not hold the stop up for ever")
    void periodIsABound() throws Exception {
        SteppedWaiting waiting = new SteppedWaiting(true);
        ShutdownDrain drain = new ShutdownDrain(waiting);
        drain.enter();

        assertThat(drain.drain(Duration.ZERO, Duration.ofMillis(200))).isFalse();

        assertThat(waiting.now.get()).as("waited exactly the drain period").isEqualTo(Duration.ofMillis(200).toNanos());
        assertThat(drain.inFlight()).isEqualTo(1);
    }

    @Test
    @DisplayName("new requests are served during the pre-stop period, with readiness already DOWN, and refused after it")
    void preStopThenRefuse() throws Exception {
        SteppedWaiting waiting = new SteppedWaiting(false);
        ShutdownDrain drain = new ShutdownDrain(waiting);

        CompletableFuture<Boolean> stopping = stop(drain, Duration.ofMillis(300), Duration.ofSeconds(30));
        assertThat(waiting.pausing.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(waiting.paused.get()).isEqualTo(Duration.ofMillis(300));
        assertThat(drain.draining()).isTrue();
        assertThat(drain.enter()).as("served during the pre-stop period").isTrue();
        drain.leave();

        waiting.preStopOver.countDown();

        assertThat(stopping.get(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(drain.enter()).as("refused once the drain has begun").isFalse();
        assertThat(drain.inFlight()).isZero();
    }

    @Test
    @DisplayName("a request admitted in the pre-stop period and still in flight when it ends is waited for")
    void waitsForARequestAdmittedInThePreStopPeriod() throws Exception {
        SteppedWaiting waiting = new SteppedWaiting(false);
        ShutdownDrain drain = new ShutdownDrain(waiting);

        CompletableFuture<Boolean> stopping = stop(drain, Duration.ofSeconds(5), Duration.ofSeconds(30));
        assertThat(waiting.pausing.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(drain.enter()).isTrue();
        waiting.preStopOver.countDown();
        assertThat(waiting.waiting.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(stopping).isNotDone();

        drain.leave();

        assertThat(stopping.get(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    private static CompletableFuture<Boolean> stop(ShutdownDrain drain, Duration preStop, Duration period) {
        CompletableFuture<Boolean> stopping = new CompletableFuture<>();
        Thread stopper = new Thread(() -> {
            try {
                stopping.complete(drain.drain(preStop, period));
            } catch (InterruptedException | RuntimeException e) {
                stopping.completeExceptionally(e);
            }
        }, "stopper");
        stopper.setDaemon(true);
        stopper.start();
        return stopping;
    }

    /**
     * Waiting driven by the test: the pre-stop period lasts until the test ends it; the drain period either passes at
     * once on a fake clock, or lasts until the monitor is notified (never on the wall clock).
     */
    private static final class SteppedWaiting implements DrainWaiting {

        private final boolean timePassesAtOnce;
        final AtomicReference<Duration> paused = new AtomicReference<>();
        final CountDownLatch pausing = new CountDownLatch(1);
        final CountDownLatch preStopOver = new CountDownLatch(1);
        final CountDownLatch waiting = new CountDownLatch(1);
        final AtomicLong now = new AtomicLong();

        SteppedWaiting(boolean timePassesAtOnce) {
            this.timePassesAtOnce = timePassesAtOnce;
        }

        @Override
        public void pause(Duration period) throws InterruptedException {
            paused.set(period);
            pausing.countDown();
            preStopOver.await();
        }

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void await(Object monitor, long nanos) throws InterruptedException {
            waiting.countDown();
            if (timePassesAtOnce) {
                now.addAndGet(nanos);
            } else {
                monitor.wait();
            }
        }
    }
}

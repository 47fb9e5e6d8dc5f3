package com.laca.bootstrap.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The drain's waiting on the running instance: real sleeps, the JVM's monotonic clock and timed monitor waits. */
final class SystemDrainWaiting implements DrainWaiting {

    @Override
    public void pause(Duration period) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(period.toNanos());
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void await(Object monitor, long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
    }
}

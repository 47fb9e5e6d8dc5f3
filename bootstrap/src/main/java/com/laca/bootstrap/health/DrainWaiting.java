package com.laca.bootstrap.health;

import java.time.Duration;

/**
 * How the shutdown drain lets time pass, kept apart so that a test can drive the pre-stop period and the drain period
 * step by step instead of sleeping on the wall clock.
 */
interface DrainWaiting {

    /** Lets the pre-stop period pass while new requests are still served. */
    void pause(Duration period) throws InterruptedException;

    /** The current reading of a monotonic clock in nanoseconds, which bounds the drain period. */
    long nanoTime();

    /**
     * Waits on the monitor, which the caller holds, until it is notified or the given nanoseconds have passed.
     */
    void await(Object monitor, long nanos) throws InterruptedException;
}

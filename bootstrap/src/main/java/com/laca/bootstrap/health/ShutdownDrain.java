package com.laca.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets an instance leave the load balancer before it stops: once draining starts, readiness answers DOWN, and the
 * shutdown waits (at most the drain period) until the requests already being served have finished, so a request in
 * flight at SIGTERM completes instead of being cut off.
 */
@ApplicationScoped
public class ShutdownDrain {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean draining;

    /** A request starts being served. */
    public void enter() {
        inFlight.incrementAndGet();
    }

    /** A request has been answered. */
    public void leave() {
        if (inFlight.decrementAndGet() <= 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /** Whether the instance is on its way out, so readiness must say DOWN. */
    public boolean draining() {
        return draining;
    }

    /** How many requests are being served now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Turns readiness DOWN and waits until no request is in flight, or the period is over.
     *
     * @return whether every request in flight finished within the period
     */
    public boolean drain(Duration period) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + period.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }
}

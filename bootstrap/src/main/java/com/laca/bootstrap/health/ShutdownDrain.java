package com.laca.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets an instance leave the load balancer before it stops: once draining starts, readiness answers DOWN while new
 * requests are still served for a pre-stop period (the load balancer needs a few seconds to notice), then new requests
 * are refused and the shutdown waits (at most the drain period) until the requests already being served have finished,
 * so a request in flight at SIGTERM completes instead of being cut off.
 */
@ApplicationScoped
public class ShutdownDrain {

    private final DrainWaiting waiting;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean draining;
    private volatile boolean refusing;

    /** The drain of the running instance, which really waits. */
    public ShutdownDrain() {
        this(new SystemDrainWaiting());
    }

    /** A drain whose waiting is driven by the caller (tests step through the periods without the wall clock). */
    ShutdownDrain(DrainWaiting waiting) {
        this.waiting = waiting;
    }

    /**
     * A request asks to be served: it is counted in flight, unless the instance already refuses new requests.
     *
     * @return whether the request may be served (then {@link #leave()} must follow once it is answered)
     */
    public boolean enter() {
        inFlight.incrementAndGet();
        if (refusing) {
            leave();
            return false;
        }
        return true;
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

    /** Whether new requests are refused now (the pre-stop period is over). */
    public boolean refusing() {
        return refusing;
    }

    /** How many requests are being served now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Turns readiness DOWN, keeps serving new requests for the pre-stop period, then refuses new ones and waits until
     * no request is in flight, or the drain period is over.
     *
     * @return whether every request in flight finished within the drain period
     */
    public boolean drain(Duration preStop, Duration period) throws InterruptedException {
        draining = true;
        if (!preStop.isNegative() && !preStop.isZero()) {
            waiting.pause(preStop);
        }
        refusing = true;
        long deadline = waiting.nanoTime() + period.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - waiting.nanoTime();
                if (left <= 0) {
                    return false;
                }
                waiting.await(idle, left);
            }
        }
        return true;
    }
}

package com.laca.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.PersistenceContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link BookingLimitLock} contract: one transaction of a tenant holds it at a time, from its very first use,
 * and taking it again in the same transaction does not wait for itself.
 */
public abstract class BookingLimitLockContract extends PersistenceContract {

    @Test
    @DisplayName("transactions that take the lock run one at a time, also when the tenant's first ones start together")
    void oneAtATime() throws Exception {
        int transactions = 6;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(transactions);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < transactions; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    doInA(() -> {
                        ports.bookingLimitLock().lock();
                        mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        pause();
                        inside.decrementAndGet();
                    });
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> transaction : done) {
                transaction.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("taking the lock twice in one transaction, or in each of two tenants, does not wait")
    void reentrantAndPerTenant() {
        doInA(() -> {
            ports.bookingLimitLock().lock();
            ports.bookingLimitLock().lock();
        });
        doInB(() -> ports.bookingLimitLock().lock());
        doInA(() -> ports.bookingLimitLock().lock());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

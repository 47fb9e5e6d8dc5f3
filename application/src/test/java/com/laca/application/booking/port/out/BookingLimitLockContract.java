package com.laca.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.shared.EmailAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link BookingLimitLock} contract: transactions of a tenant that lock the same client, or the same network
 * address, hold it one at a time, from its very first use; taking it again in the same transaction does not wait for
 * itself; and an adapter that locks each client on its own lets other clients from other addresses go on meanwhile.
 */
public abstract class BookingLimitLockContract extends PersistenceContract {

    private static final long GUARD_SECONDS = 60;

    /** Whether the adapter locks each client and address on its own rather than the whole tenant. */
    protected boolean locksEachClient() {
        return false;
    }

    @Test
    @DisplayName("transactions locking one client from different addresses run one at a time, also the tenant's first")
    void oneClientAtATime() throws Exception {
        assertThat(mostAtOnce(i -> () -> ports.bookingLimitLock().lock(Optional.of(identity("hoarder")),
                i % 3 == 0 ? Optional.empty() : Optional.of("origin " + i)))).isEqualTo(1);
    }

    @Test
    @DisplayName("transactions locking different clients from one address run one at a time, whatever order they name")
    void oneAddressAtATime() throws Exception {
        assertThat(mostAtOnce(i -> () -> ports.bookingLimitLock().lock(Optional.of(identity("client" + i)),
                Optional.of("shared origin")))).isEqualTo(1);
    }

    @Test
    @DisplayName("taking the lock twice in one transaction, or in each of two tenants, or of nothing, does not wait")
    void reentrantAndPerTenant() {
        doInA(() -> {
            ports.bookingLimitLock().lock(Optional.empty(), Optional.empty());
            ports.bookingLimitLock().lock(Optional.of(identity("smith")), Optional.of("origin"));
            ports.bookingLimitLock().lock(Optional.of(identity("smith")), Optional.of("origin"));
        });
        doInB(() -> ports.bookingLimitLock().lock(Optional.of(identity("smith")), Optional.of("origin")));
        doInA(() -> ports.bookingLimitLock().lock(Optional.of(identity("smith")), Optional.of("origin")));
    }

    @Test
    @DisplayName("while one client's lock is held, another client from another address takes theirs and finishes")
    void otherClientsDoNotWait() throws Exception {
        assumeTrue(locksEachClient(), "this adapter locks the whole tenant");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> {
                boolean[] sawOther = new boolean[1];
                doInA(() -> {
                    ports.bookingLimitLock().lock(Optional.of(identity("first")), Optional.of("first origin"));
                    held.countDown();
                    sawOther[0] = awaitQuietly(otherDone);
                });
                return sawOther[0];
            });
            assertThat(held.await(GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();

            doInA(() -> ports.bookingLimitLock().lock(Optional.of(identity("second")), Optional.of("second origin")));
            otherDone.countDown();

            assertThat(holder.get(GUARD_SECONDS, TimeUnit.SECONDS))
                    .as("the other client's transaction finished while the first still held its lock").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts transactions together, each taking the lock it is given, and says how many were ever inside at once. */
    private int mostAtOnce(IntFunction<Runnable> locking) throws Exception {
        int transactions = 6;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(transactions);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < transactions; i++) {
                Runnable lock = locking.apply(i);
                done.add(pool.submit(() -> {
                    start.await();
                    doInA(() -> {
                        lock.run();
                        mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        pause();
                        inside.decrementAndGet();
                    });
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> transaction : done) {
                transaction.get(GUARD_SECONDS, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return mostAtOnce.get();
    }

    private static ClientIdentity identity(String surname) {
        return new ClientIdentity(new EmailAddress("family@example.com"), LocalDate.of(1990, 5, 17), surname);
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

package com.laca.adapter.persistence.booking;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.shared.PersistencePorts;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.shared.EmailAddress;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The booking flows on PostgreSQL as the application role, with exclusion constraints and row-level security. */
class PostgresBookingIT extends BookingFlows {

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts adapter;
    private static JpaPersistencePorts second;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        adapter = new JpaPersistencePorts(database.appDataSource());
        second = new JpaPersistencePorts(database.appDataSource());
    }

    @AfterAll
    static void drop() {
        if (adapter != null) {
            adapter.close();
        }
        if (second != null) {
            second.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    PersistencePorts ports() {
        return adapter;
    }

    @Override
    PersistencePorts secondServer() {
        return second;
    }

    @Test
    @DisplayName("while one client's booking limit lock is held, another client's limited booking from another address "
            + "is booked: one clinic's public bookings no longer queue on one lock")
    void anotherClientDoesNotWait() throws Exception {
        BookingFixture clinic = new BookingFixture(adapter, new PayAtClinicPaymentGateway(), BookingLimits.DEFAULT);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch booked = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = pool.submit(() -> clinic.ports.tx().inTenant(clinic.tenant, () -> {
                clinic.ports.bookingLimitLock().lock(Optional.of(new ClientIdentity(
                        new EmailAddress("holder@example.com"), LocalDate.of(1990, 5, 17), "client")),
                        Optional.of("holder's origin"));
                held.countDown();
                try {
                    return booked.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();

            BookingResult answer = clinic.booking.book(clinic.command(clinic.consultation, WEDNESDAY_10AM,
                    Optional.of(clinic.ana.id()), "other@example.com").from("198.51.100.7"));
            booked.countDown();

            assertThat(answer).isInstanceOf(BookingResult.Booked.class);
            assertThat(holder.get(60, TimeUnit.SECONDS)).as("booked while the first client's lock was held").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}

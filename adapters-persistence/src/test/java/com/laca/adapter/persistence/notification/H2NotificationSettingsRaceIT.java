package com.laca.adapter.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.domain.notification.ReminderRule;
import com.laca.domain.notification.TreatmentNaming;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two first writes of a clinic's notification settings at once (the owner saves timing while a manager saves the
 * treatment naming) both succeed: the second waits for the first instead of failing on the duplicate row.
 */
@DisplayName("Notification settings written twice at once for a new clinic")
class H2NotificationSettingsRaceIT {

    private static JdbcDataSource dataSource;
    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-settings-race-it;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
    }

    @Test
    @DisplayName("The second first write waits for the first and then both choices are kept")
    void bothKept() throws Exception {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("race-" + UUID.randomUUID()), "Race Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        adapter.tx().asPlatform(() -> {
            adapter.tenants().insert(clinic);
            return null;
        });
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> adapter.tx().inTenant(clinic.id(), () -> {
            adapter.notificationSettings().saveTiming(Duration.ofMinutes(5),
                    List.of(new ReminderRule(Duration.ofHours(24))));
            firstWritten.countDown();
            await(commitFirst);
            return null;
        }));
        assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> adapter.tx().inTenant(clinic.id(), () -> {
            adapter.notificationSettings().saveTreatmentNaming(TreatmentNaming.HIDE_ALL);
            return null;
        }));
        awaitBlockedOrDone(second);
        commitFirst.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        adapter.tx().inTenant(clinic.id(), () -> {
            assertThat(adapter.notificationSettings().treatmentNaming()).isEqualTo(TreatmentNaming.HIDE_ALL);
            assertThat(adapter.notificationSettings().current().sendDelay().clinicChangeDelay())
                    .isEqualTo(Duration.ofMinutes(5));
            return null;
        });
    }

    /**
     * Waits until the second writer is inside a statement while the first sits idle holding its transaction (so it
     * waits on a lock the first holds: H2 names no blocker for row locks), or has already finished or failed.
     */
    private static void awaitBlockedOrDone(CompletableFuture<Void> second) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline && !second.isDone()) {
                try (ResultSet blocked = statement.executeQuery(
                        "select count(*) from information_schema.sessions where session_state <> 'SLEEP'"
                                + " and session_id <> session_id() and executing_statement is not null")) {
                    blocked.next();
                    if (blocked.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        if (!second.isDone()) {
            throw new AssertionError("the second writer neither waited for the first nor finished");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first writer commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

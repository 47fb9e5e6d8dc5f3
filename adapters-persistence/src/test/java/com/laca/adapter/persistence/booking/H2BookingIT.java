package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.shared.PersistencePorts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The booking flows on H2, where only the application's locks stand between two bookings; the lock timeout is raised
 * so 50 queued bookings wait their turn instead of failing.
 */
class H2BookingIT extends BookingFlows {

    private static JpaPersistencePorts adapter;
    private static JpaPersistencePorts second;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-booking;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
        second = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
        second.close();
    }

    @Override
    PersistencePorts ports() {
        return adapter;
    }

    @Override
    PersistencePorts secondServer() {
        return second;
    }
}

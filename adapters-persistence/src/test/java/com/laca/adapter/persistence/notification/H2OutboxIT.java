package com.laca.adapter.persistence.notification;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.notification.port.out.OutboxRepositoryContract;
import com.laca.application.shared.PersistencePorts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The outbox contract on the embedded H2 database. */
class H2OutboxIT {

    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-outbox-it;DB_CLOSE_DELAY=-1");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
    }

    @Nested
    class H2OutboxRepositoryIT extends OutboxRepositoryContract {
        @Override
        protected PersistencePorts createPorts() {
            return adapter;
        }

        @Override
        protected OutboxRepository outbox() {
            return adapter.outbox();
        }
    }
}

package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.FlywayMigrator;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.application.academy.port.out.IssuerKeyRepository;
import com.laca.application.academy.port.out.IssuerKeyRepositoryContract;
import com.laca.application.shared.PersistencePorts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The issuer key store contract on JPA over an in-memory H2 database, the embedded default. */
class H2IssuerKeyRepositoryIT extends IssuerKeyRepositoryContract {

    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:laca-issuer-keys-it;DB_CLOSE_DELAY=-1");
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        adapter = new JpaPersistencePorts(dataSource);
    }

    @AfterAll
    static void close() {
        adapter.close();
    }

    @Override
    protected PersistencePorts createPorts() {
        return adapter;
    }

    @Override
    protected IssuerKeyRepository issuerKeys() {
        return new JpaIssuerKeyRepository(adapter.persistence(), adapter.current());
    }
}

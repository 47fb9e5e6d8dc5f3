package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pool meter counts the connections held and every wait for one, on a real H2 data source. */
class MeteredDataSourceTest {

    private final List<Boolean> waits = new ArrayList<>();

    private static JdbcDataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:metered-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("laca");
        dataSource.setPassword("laca");
        return dataSource;
    }

    @Test
    @DisplayName("counts a connection in use from when it is taken until it is first closed, and each wait for one")
    void countsConnectionsInUse() throws SQLException {
        MeteredDataSource metered = new MeteredDataSource(h2(), (wait, obtained) -> waits.add(obtained));

        Connection first = metered.getConnection();
        Connection second = metered.getConnection();
        assertThat(metered.inUse()).isEqualTo(2);
        try (ResultSet one = first.createStatement().executeQuery("SELECT 1")) {
            assertThat(one.next()).isTrue();
        }
        first.close();
        first.close();
        assertThat(metered.inUse()).isEqualTo(1);
        assertThat(first.isClosed()).isTrue();
        second.close();

        assertThat(metered.inUse()).isZero();
        assertThat(waits).containsExactly(true, true);
    }

    @Test
    @DisplayName("a failed request for a connection is reported as a wait without a connection and holds nothing")
    void countsFailures() {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:file:/nonexistent-dir-" + System.nanoTime() + "/db;IFEXISTS=TRUE");
        MeteredDataSource metered = new MeteredDataSource(unreachable, (wait, obtained) -> waits.add(obtained));

        assertThatThrownBy(metered::getConnection).isInstanceOf(SQLException.class);

        assertThat(metered.inUse()).isZero();
        assertThat(waits).containsExactly(false);
    }

    @Test
    @DisplayName("the persistence unit runs on the metered pool and gives every connection back")
    void persistenceUnitGivesConnectionsBack() {
        MeteredDataSource metered = new MeteredDataSource(h2(), (wait, obtained) -> waits.add(obtained));

        new JpaPersistence(metered).close();

        assertThat(metered.inUse()).isZero();
        assertThat(waits).isNotEmpty().doesNotContain(false);
    }
}

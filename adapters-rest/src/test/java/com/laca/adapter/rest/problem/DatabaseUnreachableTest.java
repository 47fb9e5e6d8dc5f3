package com.laca.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A database that cannot be reached")
class DatabaseUnreachableTest {

    @Test
    @DisplayName("is a 503 'unavailable' problem to retry, not a 500, however deep the driver's exception lies")
    void unavailable() {
        RuntimeException persistence = new IllegalStateException("Exception [EclipseLink-4002]",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));

        Problem problem = Problems.forException(new RuntimeException(persistence));

        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.type()).endsWith("/unavailable");
        assertThat(problem.detail()).doesNotContain("5432", "EclipseLink");
        assertThat(Problems.forException(new SQLTransientConnectionException("pool exhausted")).status())
                .isEqualTo(503);
        assertThat(Problems.forException(new SQLException("Error in allocating a connection. Cause: refused"))
                .status()).isEqualTo(503);
    }

    @Test
    @DisplayName("is told apart from other database failures, which stay a 500")
    void otherFailures() {
        assertThat(Problems.forException(new SQLException("syntax error", "42601")).status()).isEqualTo(500);
    }
}

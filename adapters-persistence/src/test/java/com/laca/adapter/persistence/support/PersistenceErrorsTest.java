package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.ConflictException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Database failures become the port's exceptions")
class PersistenceErrorsTest {

    private static RuntimeException translate(RuntimeException failure) {
        return PersistenceErrors.translate(failure, "appointment", "a1", "taken");
    }

    @ParameterizedTest(name = "SQLSTATE {0}")
    @ValueSource(strings = {"40001", "40P01", "55P03", "HYT00"})
    @DisplayName("Deadlocks, serialization failures and lock time-outs are a retryable conflict, not a server error")
    void lockConflicts(String sqlState) {
        assertThat(translate(new PersistenceException(new SQLException("busy", sqlState))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("A JPA lock time-out is a conflict too")
    void jpaLockTimeout() {
        assertThat(translate(new LockTimeoutException("busy"))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("Any other database failure stays a server error")
    void otherFailures() {
        assertThat(translate(new PersistenceException(new SQLException("disk full", "53100"))))
                .isInstanceOf(IllegalStateException.class);
    }
}

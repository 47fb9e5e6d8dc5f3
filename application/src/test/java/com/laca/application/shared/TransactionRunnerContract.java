package com.laca.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.Location;
import com.laca.domain.shared.LocationId;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link TransactionRunner} contract: commit on return, roll back on failure, join only the same tenant. */
public abstract class TransactionRunnerContract extends PersistenceContract {

    private static Location location() {
        return new Location(LocationId.random(), "Bath", new Address("1 Milsom Street", null, "Bath", "BA1 1DA", "GB"),
                ZoneId.of("Europe/London"), true, 0);
    }

    @Test
    @DisplayName("work that returns is committed, work that throws is rolled back")
    void commitAndRollback() {
        Location kept = location();
        Location dropped = location();
        doInA(() -> ports.locations().insert(kept));

        assertThatThrownBy(() -> doInA(() -> {
            ports.locations().insert(dropped);
            throw new IllegalArgumentException("use case rejected");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("use case rejected");

        assertThat(inA(() -> ports.locations().find(kept.id()))).isPresent();
        assertThat(inA(() -> ports.locations().find(dropped.id()))).isEmpty();
    }

    @Test
    @DisplayName("work for the same tenant joins the running transaction")
    void joinsSameTenant() {
        Location outer = location();
        Location inner = location();

        assertThatThrownBy(() -> doInA(() -> {
            ports.locations().insert(outer);
            doInA(() -> ports.locations().insert(inner));
            assertThat(ports.locations().find(inner.id())).isPresent();
            throw new IllegalArgumentException("outer fails");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(inA(() -> ports.locations().find(inner.id()))).isEmpty();
        assertThat(inA(() -> ports.locations().find(outer.id()))).isEmpty();
    }

    @Test
    @DisplayName("nested work that fails dooms the whole transaction, even if the outer work carries on")
    void nestedFailureRollsBackAll() {
        Location outer = location();

        assertThatThrownBy(() -> doInA(() -> {
            ports.locations().insert(outer);
            try {
                doInA(() -> {
                    throw new IllegalArgumentException("inner fails");
                });
            } catch (IllegalArgumentException swallowedByTheOuterWork) {
                assertThat(swallowedByTheOuterWork).hasMessage("inner fails");
            }
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inA(() -> ports.locations().find(outer.id()))).isEmpty();
    }

    @Test
    @DisplayName("work for another tenant, or platform work, cannot nest in a running transaction")
    void refusesOtherNesting() {
        assertThatThrownBy(() -> doInA(() -> doInB(() -> ports.locations().list(new PageRequest(0, 1)))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> doInA(() -> platform(() -> ports.tenants().findById(tenantA))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> platform(() -> doInA(() -> ports.tenants().findById(tenantA))))
                .isInstanceOf(IllegalStateException.class);
    }
}

package com.laca.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.shared.PersistenceContract;
import com.laca.domain.booking.BookingPolicy;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link BookingPolicyRepository} contract: the default until set, then the tenant's own. */
public abstract class BookingPolicyRepositoryContract extends PersistenceContract {

    @Test
    @DisplayName("a clinic has the default policy until it sets its own, and setting it again replaces it")
    void policy() {
        assertThat(inA(() -> ports.bookingPolicies().get())).isEqualTo(BookingPolicy.DEFAULT);

        BookingPolicy strict = new BookingPolicy(Duration.ofHours(72), Duration.ofMinutes(10));
        doInA(() -> ports.bookingPolicies().put(strict));
        assertThat(inA(() -> ports.bookingPolicies().get())).isEqualTo(strict);

        BookingPolicy relaxed = new BookingPolicy(Duration.ofHours(24), Duration.ofMinutes(30));
        doInA(() -> ports.bookingPolicies().put(relaxed));
        assertThat(inA(() -> ports.bookingPolicies().get())).isEqualTo(relaxed);
        assertThat(inB(() -> ports.bookingPolicies().get())).isEqualTo(BookingPolicy.DEFAULT);
    }
}

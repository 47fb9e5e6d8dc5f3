package com.laca.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Where a problem happened, without the secrets in the path")
class InstancePathsTest {

    private static final String TOKEN = "mT" + "x7Kq9Zp2Lw".repeat(7) + "ab9Q";

    @Test
    @DisplayName("a booking's manage token is replaced, whatever the action after it")
    void manageTokenRedacted() {
        assertThat(Problems.forStatus(404).at("/api/public/demo-clinic/bookings/" + TOKEN).instance())
                .isEqualTo("/api/public/demo-clinic/bookings/redacted");
        assertThat(Problems.forStatus(400).at("/api/public/demo-clinic/bookings/" + TOKEN + "/reschedule").instance())
                .isEqualTo("/api/public/demo-clinic/bookings/redacted/reschedule");
    }

    @Test
    @DisplayName("paths without secrets are kept as they were")
    void otherPathsKept() {
        assertThat(Problems.forStatus(400).at("/api/public/demo-clinic/bookings").instance())
                .isEqualTo("/api/public/demo-clinic/bookings");
        assertThat(Problems.forStatus(404).at("/api/treatments/" + TOKEN).instance())
                .isEqualTo("/api/treatments/" + TOKEN);
        assertThat(Problems.forStatus(404).at(null).instance()).isNull();
    }
}

package com.laca.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The security log names the request but never a secret carried in its path")
class SecurityLogTest {

    @Test
    @DisplayName("Ids stay readable, an 80-character manage token is masked")
    void masksLongSegments() {
        String token = "x".repeat(80);
        assertThat(SecurityLog.masked("/api/public/demo-clinic/bookings/" + token + "/cancel"))
                .isEqualTo("/api/public/demo-clinic/bookings/…/cancel");
        assertThat(SecurityLog.masked("/api/appointments/1b87ffe9-2862-48e2-a5af-cbc04fa75ab6"))
                .isEqualTo("/api/appointments/1b87ffe9-2862-48e2-a5af-cbc04fa75ab6");
        assertThat(SecurityLog.masked(null)).isEqualTo("?");
    }
}

package com.laca.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.rest.http.RateLimitFilter.Group;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The per-address rate limit")
class RateLimitFilterTest {

    @Test
    @DisplayName("counts availability, booking, verification and sign-in, and nothing else")
    void groups() {
        assertThat(RateLimitFilter.groupOf("GET", "/api/public/demo-clinic/availability")).contains(Group.AVAILABILITY);
        assertThat(RateLimitFilter.groupOf("POST", "/api/public/demo-clinic/bookings")).contains(Group.BOOKING);
        assertThat(RateLimitFilter.groupOf("POST", "/api/public/demo-clinic/bookings/tok/reschedule"))
                .contains(Group.BOOKING);
        assertThat(RateLimitFilter.groupOf("POST", "/api/public/demo-clinic/records/verify")).contains(Group.VERIFY);
        assertThat(RateLimitFilter.groupOf("POST", "/api/auth/login")).contains(Group.LOGIN);
        assertThat(RateLimitFilter.groupOf("GET", "/api/public/demo-clinic/certificates/7kq2m9xd41t0"))
                .contains(Group.VERIFY);
        assertThat(RateLimitFilter.groupOf("GET", "/api/public/demo-clinic/certificates/7kq2m9xd41t0/page"))
                .contains(Group.VERIFY);
        assertThat(RateLimitFilter.groupOf("GET", "/api/public/demo-clinic/treatments")).isEmpty();
        assertThat(RateLimitFilter.groupOf("GET", "/api/public/demo-clinic/bookings/tok")).isEmpty();
        assertThat(RateLimitFilter.groupOf("GET", "/api/treatments")).isEmpty();
        assertThat(RateLimitFilter.groupOf("POST", "/api/auth/refresh")).isEmpty();
    }

    @Test
    @DisplayName("counts a path however it is written: matrix parameters, repeated slashes and capitals make no difference")
    void canonical() {
        assertThat(RateLimitFilter.canonical("/api/public/demo-clinic/availability"))
                .isEqualTo("/api/public/demo-clinic/availability");
        assertThat(RateLimitFilter.canonical("/api/public/Demo-Clinic/AVAILABILITY"))
                .isEqualTo("/api/public/demo-clinic/availability");
        assertThat(RateLimitFilter.canonical("/api/public;x=1/demo-clinic;y=2//availability;z"))
                .isEqualTo("/api/public/demo-clinic/availability");
        assertThat(RateLimitFilter.canonical("//api///auth/login/")).isEqualTo("/api/auth/login/");
        assertThat(RateLimitFilter.canonical("")).isEmpty();
    }
}

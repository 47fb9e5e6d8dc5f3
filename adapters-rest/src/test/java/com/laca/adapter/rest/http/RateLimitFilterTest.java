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
}

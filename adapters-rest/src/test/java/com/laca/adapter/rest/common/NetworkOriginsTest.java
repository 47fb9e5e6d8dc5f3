package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The network origin public bookings are counted under")
class NetworkOriginsTest {

    @Test
    @DisplayName("an IPv4 address is its own origin")
    void ipv4() {
        assertThat(NetworkOrigins.of("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    @DisplayName("every IPv6 address of one /64 network counts as that network")
    void ipv6() {
        assertThat(NetworkOrigins.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(NetworkOrigins.of("[2001:db8:1:2::1]")).isEqualTo(NetworkOrigins.of("2001:db8:1:2::ffff"));
        assertThat(NetworkOrigins.of("2001:db8:1:3::1")).isNotEqualTo(NetworkOrigins.of("2001:db8:1:2::1"));
    }

    @Test
    @DisplayName("a missing or odd address is counted as unknown, and a host name is never looked up")
    void unknown() {
        assertThat(NetworkOrigins.of(null)).isEqualTo(NetworkOrigins.UNKNOWN);
        assertThat(NetworkOrigins.of(" ")).isEqualTo(NetworkOrigins.UNKNOWN);
        assertThat(NetworkOrigins.of("clinic.example")).isEqualTo(NetworkOrigins.UNKNOWN);
        assertThat(NetworkOrigins.of("999.1.1.1")).isEqualTo(NetworkOrigins.UNKNOWN);
        assertThat(NetworkOrigins.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}

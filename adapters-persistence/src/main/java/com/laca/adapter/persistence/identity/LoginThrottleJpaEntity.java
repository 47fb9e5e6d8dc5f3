package com.laca.adapter.persistence.identity;

import com.laca.adapter.persistence.support.Columns;
import com.laca.domain.identity.LoginThrottle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code login_throttles}, a platform table, because sign-in is throttled before any tenant is known. */
@Entity
@Table(name = "login_throttles")
class LoginThrottleJpaEntity {

    @Id
    @Column(name = "throttle_key")
    private String key;
    @Column(name = "failures")
    private int failures;
    @Column(name = "window_start")
    private OffsetDateTime windowStart;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    LoginThrottle toDomain() {
        return new LoginThrottle(key, failures, Columns.instant(windowStart), Columns.instant(lockedUntil));
    }

    void copyFrom(LoginThrottle throttle) {
        failures = throttle.failures();
        windowStart = Columns.timestamp(throttle.windowStart());
        lockedUntil = Columns.timestamp(throttle.lockedUntil());
    }
}

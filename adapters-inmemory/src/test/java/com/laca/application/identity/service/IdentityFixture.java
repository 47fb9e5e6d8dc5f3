package com.laca.application.identity.service;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.shared.Caller;
import com.laca.domain.identity.LoginThrottlePolicy;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A clinic with an owner over the in-memory adapters, a clock the test moves, a transparent password hasher and a
 * token issuer that needs no keys: enough to specify the identity services without any infrastructure.
 */
final class IdentityFixture {

    static final String SLUG = "glow-clinic";
    static final String OWNER_EMAIL = "owner@glow.test";
    static final String OWNER_PASSWORD = "correct horse battery";

    final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
    final AuthSettings settings = new AuthSettings(Duration.ofDays(14), Duration.ofHours(72), Duration.ofDays(30));
    final Tenant tenant = new Tenant(TenantId.random(), new TenantSlug(SLUG), "Glow Clinic", ZoneId.of("Europe/London"),
            "GBP", TenantStatus.ACTIVE, 0);
    final UserId ownerId = UserId.random();
    final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "test-hash:" + password;
        }

        @Override
        public boolean matches(String password, String encodedHash) {
            return ("test-hash:" + password).equals(encodedHash);
        }
    };
    final AccessTokenIssuer issuer = (subject, tenantId, roles, issuedAt) ->
            new AccessTokenIssuer.IssuedAccessToken("access:" + subject + ":" + issuedAt, issuedAt.plusSeconds(900));
    final StaffService staff = new StaffService(ports.tx(), ports.staffAccounts(), ports.oneTimeTokens(),
            ports.refreshTokens(), hasher, settings, clock);

    IdentityFixture() {
        ports.tx().inTenant(tenant.id(), () -> {
            ports.tenants().insert(tenant);
            ports.staffAccounts().insert(new StaffAccount(ownerId, tenant.id(), new EmailAddress(OWNER_EMAIL), "Owner",
                    Set.of(Role.OWNER), hasher.hash(OWNER_PASSWORD), true));
            return null;
        });
    }

    AuthService auth(LoginThrottlePolicy perAddress) {
        return auth(perAddress, hasher);
    }

    /** The service with another hasher, e.g. one as slow as the real one, so parallel sign-ins overlap. */
    AuthService auth(LoginThrottlePolicy perAddress, PasswordHasher passwordHasher) {
        return new AuthService(ports.tx(), ports.tenants(), ports.staffAccounts(), ports.refreshTokens(),
                passwordHasher, issuer, new LoginThrottling(ports.tx(), ports.loginThrottles(),
                LoginThrottlePolicy.PER_ACCOUNT, perAddress), settings, clock);
    }

    /** The transparent hasher, taking as long to check a password as the real one takes on a busy server. */
    PasswordHasher slowHasher(Duration perCheck) {
        return new PasswordHasher() {
            @Override
            public String hash(String password) {
                return hasher.hash(password);
            }

            @Override
            public boolean matches(String password, String encodedHash) {
                try {
                    Thread.sleep(perCheck.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return hasher.matches(password, encodedHash);
            }
        };
    }

    Caller caller(Role role) {
        return new Caller(ownerId, tenant.id(), Set.of(role));
    }

    /** A clock the test moves forward, standing in for time passing between requests. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

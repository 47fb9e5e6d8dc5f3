package com.laca.adapter.rest.security;

import com.laca.application.identity.port.in.AccountStatusQuery;
import com.laca.application.tenancy.port.in.TenantStatusQuery;
import com.laca.domain.shared.UserId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What MicroProfile JWT leaves unchecked on a token it verified: that it is already valid ({@code nbf}), and that the
 * clinic it names exists and is active, so a suspended clinic's tokens stop within seconds and a token for a clinic
 * that does not exist never reaches a use case, and that the account it speaks for is still active, so a deactivated
 * account's access token stops within seconds too; all are refused with 401 before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AccessTokenChecks implements ContainerRequestFilter {

    /** MicroProfile JWT's own setting for the leeway on token times, so one setting covers exp and nbf. */
    static final String CLOCK_SKEW_KEY = "mp.jwt.verify.clock.skew";

    private TenantStatusQuery tenants;
    private AccountStatusQuery accounts;
    private Clock clock;
    private Duration skew;

    /** For CDI's client proxy only. */
    protected AccessTokenChecks() {
    }

    @Inject
    public AccessTokenChecks(TenantStatusQuery tenants, AccountStatusQuery accounts, Clock clock) {
        this(tenants, accounts, clock, Duration.ofSeconds(ConfigProvider.getConfig()
                .getOptionalValue(CLOCK_SKEW_KEY, Long.class).orElse(0L)));
    }

    AccessTokenChecks(TenantStatusQuery tenants, AccountStatusQuery accounts, Clock clock, Duration skew) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext() == null
                || !(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        Optional<Instant> notBefore = epochSeconds(token.getClaim("nbf")).map(Instant::ofEpochSecond);
        if (notBefore.isPresent() && notBefore.get().isAfter(clock.instant().plus(skew))) {
            throw new RefusedTokenException("a bearer token (not valid before " + notBefore.get() + ")");
        }
        if (!CallerFromToken.tenantOf(token).map(tenants::isActive).orElse(false)) {
            throw new RefusedTokenException("a bearer token (its clinic is unknown or suspended)");
        }
        UserId account = CallerFromToken.toCaller(token).userId();
        if (!accounts.isActive(CallerFromToken.tenantOf(token).orElseThrow(), account)) {
            throw new RefusedTokenException("a bearer token (its account is deactivated or unknown)");
        }
    }

    /** A NumericDate claim, whether the runtime hands it over as a number or a JSON number. */
    private static Optional<Long> epochSeconds(Object claim) {
        if (claim instanceof JsonNumber json) {
            return Optional.of(json.longValue());
        }
        if (claim instanceof Number number) {
            return Optional.of(number.longValue());
        }
        return Optional.empty();
    }
}

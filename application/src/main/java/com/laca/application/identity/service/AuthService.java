package com.laca.application.identity.service;

import com.laca.application.identity.port.in.AuthResult;
import com.laca.application.identity.port.in.LoginCommand;
import com.laca.application.identity.port.in.LoginUseCase;
import com.laca.application.identity.port.in.LogoutUseCase;
import com.laca.application.identity.port.in.RefreshUseCase;
import com.laca.application.identity.port.in.TokenPair;
import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.identity.port.out.StoredRefreshToken;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs staff in and rotates their refresh tokens; a rotated token presented again revokes its whole family, because
 * only a thief would still hold it, and no rotation extends a sign-in beyond its absolute lifetime.
 */
public final class AuthService implements LoginUseCase, RefreshUseCase, LogoutUseCase {

    /** Checked against when the account does not exist, so a wrong e-mail takes as long as a wrong password. */
    private final String decoyHash;

    private final TransactionRunner tx;
    private final TenantRepository tenants;
    private final StaffAccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer issuer;
    private final LoginThrottling throttling;
    private final AuthSettings settings;
    private final Clock clock;

    public AuthService(TransactionRunner tx, TenantRepository tenants, StaffAccountRepository accounts,
                       RefreshTokenRepository refreshTokens, PasswordHasher hasher, AccessTokenIssuer issuer,
                       LoginThrottling throttling, AuthSettings settings, Clock clock) {
        this.tx = tx;
        this.tenants = tenants;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.issuer = issuer;
        this.throttling = throttling;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    @Override
    public AuthResult login(LoginCommand command) {
        Instant now = clock.instant();
        String accountKey = throttleKey("account", command.tenantSlug() + ":"
                + command.email().trim().toLowerCase(Locale.ROOT));
        String addressKey = throttleKey("address", command.clientAddress());
        Optional<Instant> locked = throttling.admit(now, accountKey, addressKey);
        if (locked.isPresent()) {
            return new AuthResult.Throttled(locked.get());
        }
        Optional<StaffAccount> account = findAccount(command.tenantSlug(), command.email());
        boolean passwordMatches = hasher.matches(command.password(),
                account.map(StaffAccount::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !passwordMatches) {
            return new AuthResult.InvalidCredentials();
        }
        throttling.succeeded(now, accountKey, addressKey);
        StaffAccount signedIn = account.get();
        return new AuthResult.Authenticated(tx.inTenant(signedIn.tenantId(),
                () -> issue(signedIn, UUID.randomUUID(), now, now.plus(settings.sessionLifetime()))));
    }

    @Override
    public AuthResult refresh(String refreshToken) {
        Optional<TenantId> tenant = OpaqueTokens.tenantOf(refreshToken);
        if (tenant.isEmpty()) {
            return new AuthResult.InvalidCredentials();
        }
        Instant now = clock.instant();
        Optional<TokenPair> rotated = tx.inTenant(tenant.get(), () -> rotate(refreshToken, now));
        return rotated.<AuthResult>map(AuthResult.Authenticated::new).orElseGet(AuthResult.InvalidCredentials::new);
    }

    @Override
    public void logout(String refreshToken) {
        OpaqueTokens.tenantOf(refreshToken).ifPresent(tenant -> tx.inTenant(tenant, () -> {
            refreshTokens.findByHashForUpdate(OpaqueTokens.hash(refreshToken))
                    .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
            return null;
        }));
    }

    /**
     * The counter's key: a hash, so the platform table holds no e-mail addresses and attacker-chosen input of any
     * length fits the column.
     */
    private static String throttleKey(String kind, String value) {
        return kind + ":" + OpaqueTokens.hash(value);
    }

    private Optional<StaffAccount> findAccount(String slug, String email) {
        if (!TenantSlug.isValid(slug) || !EmailAddress.isValid(email)) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = tx.asPlatform(() -> tenants.findBySlug(new TenantSlug(slug)))
                .filter(Tenant::isActive);
        return tenant.flatMap(t -> tx.inTenant(t.id(), () -> accounts.findByEmail(new EmailAddress(email))))
                .filter(StaffAccount::canSignIn);
    }

    private Optional<TokenPair> rotate(String presented, Instant now) {
        Optional<StoredRefreshToken> found = refreshTokens.findByHashForUpdate(OpaqueTokens.hash(presented));
        if (found.isEmpty() || !found.get().usableAt(now)) {
            return Optional.empty();
        }
        StoredRefreshToken token = found.get();
        if (token.rotatedAt() != null) {
            refreshTokens.revokeFamily(token.familyId(), now);
            return Optional.empty();
        }
        Optional<StaffAccount> account = accounts.findById(token.userId()).filter(StaffAccount::canSignIn)
                .filter(a -> tenants.findById(a.tenantId()).map(Tenant::isActive).orElse(false));
        if (account.isEmpty()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            return Optional.empty();
        }
        refreshTokens.markRotated(token.id(), now);
        return Optional.of(issue(account.get(), token.familyId(), now, token.sessionExpiresAt()));
    }

    /**
     * Issues an access token and the family's next refresh token, which expires after the idle time-out but never
     * after the sign-in's own end, so rotating cannot keep a session alive beyond its absolute lifetime.
     */
    private TokenPair issue(StaffAccount account, UUID familyId, Instant now, Instant sessionEnd) {
        AccessTokenIssuer.IssuedAccessToken access = issuer.issue(account.id(), account.tenantId(), account.roles(),
                now);
        String refresh = OpaqueTokens.generate(account.tenantId());
        Instant idleEnd = now.plus(settings.refreshTokenLifetime());
        Instant refreshExpiry = idleEnd.isBefore(sessionEnd) ? idleEnd : sessionEnd;
        refreshTokens.insert(new StoredRefreshToken(UUID.randomUUID(), account.tenantId(), account.id(), familyId,
                OpaqueTokens.hash(refresh), now, refreshExpiry, sessionEnd, null, null));
        return new TokenPair(access.token(), access.expiresAt(), refresh, refreshExpiry);
    }
}

package com.laca.bootstrap.wiring;

import com.laca.adapter.identity.AccessTokenSettings;
import com.laca.adapter.identity.NimbusAccessTokenIssuer;
import com.laca.adapter.identity.Pbkdf2PasswordHasher;
import com.laca.adapter.persistence.identity.JpaLoginThrottleRepository;
import com.laca.adapter.persistence.identity.JpaOneTimeTokenRepository;
import com.laca.adapter.persistence.identity.JpaRefreshTokenRepository;
import com.laca.adapter.persistence.identity.JpaStaffAccountRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.application.identity.port.in.AccountStatusQuery;
import com.laca.application.identity.port.in.LoginUseCase;
import com.laca.application.identity.port.in.LogoutUseCase;
import com.laca.application.identity.port.in.ManageStaffUseCase;
import com.laca.application.identity.port.in.RefreshUseCase;
import com.laca.application.identity.port.in.SetPasswordUseCase;
import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.port.out.PractitionerRecords;
import com.laca.application.identity.port.out.RefreshTokenRepository;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.identity.service.AccountStatusCache;
import com.laca.application.identity.service.AuthService;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.LoginThrottling;
import com.laca.application.identity.service.StaffNotifications;
import com.laca.application.identity.service.StaffService;
import com.laca.application.notification.port.in.EnqueueNotificationUseCase;
import com.laca.application.shared.TransactionRunner;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.identity.LoginThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity area: staff accounts, refresh and one-time tokens and sign-in throttles over JPA, the password hasher
 * and the access-token issuer built from configuration (the signing key never in code), and the sign-in and staff
 * services.
 */
@ApplicationScoped
public class IdentityWiring {

    private StaffAccountRepository accounts;
    private RefreshTokenRepository refreshTokens;
    private PasswordHasher hasher;
    private AccessTokenIssuer issuer;
    private AuthService auth;
    private StaffService staff;
    private AccountStatusCache accountStatus;

    IdentityWiring() {
        // for the CDI proxy
    }

    @Inject
    IdentityWiring(CurrentEntityManager current, JpaPersistence persistence, TransactionRunner tx,
                   TenantRepository tenants, Config config, Clock clock,
                   @ConfigProperty(name = "laca.auth.refresh-token-days") int refreshDays,
                   @ConfigProperty(name = "laca.auth.one-time-token-hours") int oneTimeHours,
                   @ConfigProperty(name = "laca.auth.address-max-failures") int addressMaxFailures,
                   @ConfigProperty(name = "laca.auth.session-max-days") int sessionDays,
                   EnqueueNotificationUseCase enqueue,
                   @ConfigProperty(name = "laca.public.base-url") String publicBaseUrl,
                   PractitionerRecords practitioners) {
        accounts = new JpaStaffAccountRepository(current);
        refreshTokens = new JpaRefreshTokenRepository(current);
        hasher = new Pbkdf2PasswordHasher();
        issuer = new NimbusAccessTokenIssuer(new AccessTokenSettings(
                config.getValue("laca.jwt.issuer", String.class),
                config.getValue("laca.jwt.audience", String.class),
                Duration.ofMinutes(config.getValue("laca.jwt.access-token-minutes", Integer.class)),
                signingKey(config),
                config.getValue("laca.jwt.key-id", String.class)));
        AuthSettings settings = new AuthSettings(Duration.ofDays(refreshDays), Duration.ofHours(oneTimeHours),
                Duration.ofDays(sessionDays));
        auth = new AuthService(tx, tenants, accounts, refreshTokens, hasher, issuer,
                new LoginThrottling(tx, new JpaLoginThrottleRepository(persistence, current),
                        LoginThrottlePolicy.PER_ACCOUNT, LoginThrottlePolicy.perAddress(addressMaxFailures)),
                settings, clock);
        staff = new StaffService(tx, accounts, new JpaOneTimeTokenRepository(current), refreshTokens, hasher,
                settings, clock, Optional.of(new StaffNotifications(enqueue, tenants, URI.create(publicBaseUrl))),
                practitioners);
        accountStatus = new AccountStatusCache(tx, accounts, clock,
                Duration.ofSeconds(config.getValue("laca.auth.tenant-status-max-age-seconds", Integer.class)));
    }

    @Produces
    AccountStatusQuery accountStatus() {
        return accountStatus;
    }

    @Produces
    @ApplicationScoped
    StaffAccountRepository staffAccounts() {
        return accounts;
    }

    @Produces
    @ApplicationScoped
    RefreshTokenRepository refreshTokens() {
        return refreshTokens;
    }

    @Produces
    @ApplicationScoped
    PasswordHasher passwordHasher() {
        return hasher;
    }

    @Produces
    @ApplicationScoped
    AccessTokenIssuer accessTokenIssuer() {
        return issuer;
    }

    @Produces
    LoginUseCase login() {
        return auth;
    }

    @Produces
    RefreshUseCase refresh() {
        return auth;
    }

    @Produces
    LogoutUseCase logout() {
        return auth;
    }

    @Produces
    ManageStaffUseCase manageStaff() {
        return staff;
    }

    @Produces
    SetPasswordUseCase setPassword() {
        return staff;
    }

    /** The PKCS#8 PEM key from {@code laca.jwt.private-key.location}, or inline from {@code laca.jwt.private-key}. */
    private static RSAPrivateKey signingKey(Config config) {
        Optional<String> location = config.getOptionalValue("laca.jwt.private-key.location", String.class);
        String pem = location.map(IdentityWiring::read)
                .orElseGet(() -> config.getValue("laca.jwt.private-key", String.class));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", ""));
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("laca.jwt.private-key is not an RSA private key in PKCS#8 PEM form", e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key " + file, e);
        }
    }
}

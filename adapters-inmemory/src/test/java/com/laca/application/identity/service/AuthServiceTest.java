package com.laca.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.identity.port.in.AuthResult;
import com.laca.application.identity.port.in.LoginCommand;
import com.laca.application.identity.port.in.TokenPair;
import com.laca.domain.identity.LoginThrottlePolicy;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Signing in and keeping a session")
class AuthServiceTest {

    private final IdentityFixture fixture = new IdentityFixture();
    private final AuthService auth = fixture.auth(LoginThrottlePolicy.PER_ADDRESS);

    private AuthResult login(String email, String password, String address) {
        return auth.login(new LoginCommand(IdentityFixture.SLUG, email, password, address));
    }

    private AuthResult.Authenticated ownerSignsIn() {
        return (AuthResult.Authenticated) login(IdentityFixture.OWNER_EMAIL, IdentityFixture.OWNER_PASSWORD, "10.0.0.1");
    }

    @Test
    @DisplayName("The right password gives an access token and a refresh token bound to the clinic")
    void signIn() {
        AuthResult.Authenticated result = ownerSignsIn();
        assertThat(result.tokens().accessToken()).startsWith("access:" + fixture.ownerId);
        assertThat(result.tokens().refreshToken()).startsWith(fixture.tenant.id() + ".");
        assertThat(result.tokens().refreshTokenExpiresAt()).isEqualTo(fixture.clock.instant().plus(Duration.ofDays(14)));
    }

    @Test
    @DisplayName("E-mail case and surrounding spaces do not matter")
    void emailNormalised() {
        assertThat(login("  OWNER@Glow.Test ", IdentityFixture.OWNER_PASSWORD, "10.0.0.1"))
                .isInstanceOf(AuthResult.Authenticated.class);
    }

    @Test
    @DisplayName("A wrong password, an unknown e-mail or an unknown clinic are all just 'invalid credentials'")
    void invalidCredentials() {
        assertThat(login(IdentityFixture.OWNER_EMAIL, "wrong", "10.0.0.1")).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(login("nobody@glow.test", "x", "10.0.0.1")).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.login(new LoginCommand("other-clinic", IdentityFixture.OWNER_EMAIL,
                IdentityFixture.OWNER_PASSWORD, "10.0.0.1"))).isInstanceOf(AuthResult.InvalidCredentials.class);
    }

    @Test
    @DisplayName("Staff of a suspended clinic cannot sign in or refresh")
    void suspendedTenant() {
        String refresh = ownerSignsIn().tokens().refreshToken();
        fixture.ports.tx().asPlatform(() -> fixture.ports.tenants().update(
                fixture.tenant.withStatus(TenantStatus.SUSPENDED)));
        assertThat(login(IdentityFixture.OWNER_EMAIL, IdentityFixture.OWNER_PASSWORD, "10.0.0.1"))
                .isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.refresh(refresh)).isInstanceOf(AuthResult.InvalidCredentials.class);
    }

    @Test
    @DisplayName("A refresh token is exchanged once; presenting it again revokes the whole sign-in")
    void rotationAndReuse() {
        String first = ownerSignsIn().tokens().refreshToken();
        AuthResult rotated = auth.refresh(first);
        assertThat(rotated).isInstanceOf(AuthResult.Authenticated.class);
        String second = ((AuthResult.Authenticated) rotated).tokens().refreshToken();

        assertThat(auth.refresh(first)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.refresh(second)).as("the thief's reuse also kills the successor")
                .isInstanceOf(AuthResult.InvalidCredentials.class);
    }

    @Test
    @DisplayName("Another sign-in is not affected when one sign-in's family is revoked")
    void familiesAreIndependent() {
        String mine = ownerSignsIn().tokens().refreshToken();
        String onTablet = ownerSignsIn().tokens().refreshToken();
        auth.logout(mine);
        assertThat(auth.refresh(mine)).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.refresh(onTablet)).isInstanceOf(AuthResult.Authenticated.class);
    }

    @Test
    @DisplayName("A refresh token stops working after its lifetime")
    void refreshExpires() {
        String refresh = ownerSignsIn().tokens().refreshToken();
        fixture.clock.advance(Duration.ofDays(14));
        assertThat(auth.refresh(refresh)).isInstanceOf(AuthResult.InvalidCredentials.class);
    }

    @Test
    @DisplayName("Rotating every ten days keeps a sign-in alive for 30 days at most, never longer")
    void sessionsEndAfterThirtyDays() {
        Instant signedIn = fixture.clock.instant();
        String refresh = ownerSignsIn().tokens().refreshToken();
        for (int day = 10; day <= 20; day += 10) {
            fixture.clock.advance(Duration.ofDays(10));
            TokenPair rotated = ((AuthResult.Authenticated) auth.refresh(refresh)).tokens();
            assertThat(rotated.refreshTokenExpiresAt()).as("day %s", day)
                    .isBeforeOrEqualTo(signedIn.plus(Duration.ofDays(30)));
            refresh = rotated.refreshToken();
        }

        fixture.clock.advance(Duration.ofDays(10));

        assertThat(auth.refresh(refresh)).isInstanceOf(AuthResult.InvalidCredentials.class);
    }

    @Test
    @DisplayName("Made-up and malformed refresh tokens are invalid, and logging out with one is harmless")
    void madeUpTokens() {
        assertThat(auth.refresh("garbage")).isInstanceOf(AuthResult.InvalidCredentials.class);
        assertThat(auth.refresh(fixture.tenant.id() + ".made-up")).isInstanceOf(AuthResult.InvalidCredentials.class);
        auth.logout("garbage");
        auth.logout(fixture.tenant.id() + ".made-up");
    }

    @Test
    @DisplayName("After five failures the account is locked for 15 minutes, even for the right password")
    void accountThrottle() {
        for (int i = 0; i < 5; i++) {
            assertThat(login(IdentityFixture.OWNER_EMAIL, "guess-" + i, "10.0.0." + i))
                    .isInstanceOf(AuthResult.InvalidCredentials.class);
        }
        AuthResult locked = login(IdentityFixture.OWNER_EMAIL, IdentityFixture.OWNER_PASSWORD, "10.0.0.99");
        assertThat(locked).isInstanceOf(AuthResult.Throttled.class);
        assertThat(((AuthResult.Throttled) locked).retryAfter()).isAfter(fixture.clock.instant());

        fixture.clock.advance(Duration.ofMinutes(16));
        assertThat(login(IdentityFixture.OWNER_EMAIL, IdentityFixture.OWNER_PASSWORD, "10.0.0.99"))
                .isInstanceOf(AuthResult.Authenticated.class);
    }

    @Test
    @DisplayName("One address guessing many accounts is locked out, while other addresses still sign in")
    void addressThrottle() {
        AuthService strict = fixture.auth(LoginThrottlePolicy.perAddress(3));
        for (int i = 0; i < 3; i++) {
            strict.login(new LoginCommand(IdentityFixture.SLUG, "user" + i + "@glow.test", "x", "203.0.113.9"));
        }
        assertThat(strict.login(new LoginCommand(IdentityFixture.SLUG, IdentityFixture.OWNER_EMAIL,
                IdentityFixture.OWNER_PASSWORD, "203.0.113.9"))).isInstanceOf(AuthResult.Throttled.class);
        assertThat(strict.login(new LoginCommand(IdentityFixture.SLUG, IdentityFixture.OWNER_EMAIL,
                IdentityFixture.OWNER_PASSWORD, "198.51.100.1"))).isInstanceOf(AuthResult.Authenticated.class);
    }

    @Test
    @DisplayName("Thirty wrong passwords sent at once get exactly the five guesses a sequence gets; the rest wait")
    void parallelGuessesAtOneAccount() throws Exception {
        AuthService slow = fixture.auth(LoginThrottlePolicy.PER_ADDRESS, fixture.slowHasher(Duration.ofMillis(50)));

        Map<Class<?>, Long> answers = inParallel(30, i -> slow.login(new LoginCommand(IdentityFixture.SLUG,
                IdentityFixture.OWNER_EMAIL, "guess-" + i, "10.0.1." + i)));

        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of(
                AuthResult.InvalidCredentials.class, 5L, AuthResult.Throttled.class, 25L));
        assertThat(login(IdentityFixture.OWNER_EMAIL, IdentityFixture.OWNER_PASSWORD, "10.0.0.1"))
                .isInstanceOf(AuthResult.Throttled.class);
    }

    @Test
    @DisplayName("Thirty guesses at thirty accounts from one address at once get no more than the address's limit")
    void parallelGuessesFromOneAddress() throws Exception {
        AuthService slow = fixture.auth(LoginThrottlePolicy.perAddress(7), fixture.slowHasher(Duration.ofMillis(50)));

        Map<Class<?>, Long> answers = inParallel(30, i -> slow.login(new LoginCommand(IdentityFixture.SLUG,
                "user" + i + "@glow.test", "guess", "203.0.113.7")));

        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of(
                AuthResult.InvalidCredentials.class, 7L, AuthResult.Throttled.class, 23L));
    }

    @Test
    @DisplayName("Signing in successfully does not use up the address's allowance: a busy office is never locked out")
    void successesDoNotCountAgainstTheAddress() {
        AuthService strict = fixture.auth(LoginThrottlePolicy.perAddress(3));
        for (int i = 0; i < 10; i++) {
            assertThat(strict.login(new LoginCommand(IdentityFixture.SLUG, IdentityFixture.OWNER_EMAIL,
                    IdentityFixture.OWNER_PASSWORD, "192.0.2.1"))).isInstanceOf(AuthResult.Authenticated.class);
        }
    }

    /** Runs the sign-ins on as many threads, all released at once, and counts the answers by kind. */
    private static Map<Class<?>, Long> inParallel(int attempts, IntFunction<AuthResult> attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<AuthResult>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return attempt.apply(n);
                }));
            }
            start.countDown();
            Map<Class<?>, Long> counts = new HashMap<>();
            for (Future<AuthResult> result : results) {
                counts.merge(result.get(30, TimeUnit.SECONDS).getClass(), 1L, Long::sum);
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}

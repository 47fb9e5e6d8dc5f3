package com.laca.adapter.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.identity.port.out.AccessTokenIssuer.IssuedAccessToken;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NimbusAccessTokenIssuerTest {

    private static final KeyPair KEYS = rsaKeys();
    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private final UserId user = UserId.random();
    private final TenantId tenant = TenantId.random();
    private final NimbusAccessTokenIssuer issuer = new NimbusAccessTokenIssuer(new AccessTokenSettings(
            "https://laca.dev", "laca-api", (RSAPrivateKey) KEYS.getPrivate(), "key-1"));

    @Test
    @DisplayName("an issued token is an RS256 JWT that verifies with the public key")
    void verifiesWithThePublicKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issue().token());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("key-1");
        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic()))).isTrue();
    }

    @Test
    @DisplayName("the token carries issuer, audience, subject, upn, groups, tenant, times and a unique id")
    void carriesTheClaimsMicroProfileJwtNeeds() throws Exception {
        IssuedAccessToken issued = issue();
        JWTClaimsSet claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("https://laca.dev");
        assertThat(claims.getAudience()).containsExactly("laca-api");
        assertThat(claims.getSubject()).isEqualTo(user.toString());
        assertThat(claims.getStringClaim("upn")).isEqualTo(user.toString());
        assertThat(claims.getStringListClaim("groups")).containsExactlyInAnyOrder("OWNER", "MANAGER");
        assertThat(claims.getStringClaim("tenant")).isEqualTo(tenant.toString());
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(15))));
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(claims.getJWTID()).isNotBlank().isNotEqualTo(SignedJWT.parse(issue().token()).getJWTClaimsSet()
                .getJWTID());
    }

    @Test
    @DisplayName("a token whose payload was changed no longer verifies")
    void tamperedTokenFailsVerification() throws Exception {
        String[] parts = issue().token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"MANAGER\"", "\"PLATFORM_ADMIN\"");
        assertThat(forged).isNotEqualTo(payload);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];

        assertThat(SignedJWT.parse(tampered).verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic()))).isFalse();
    }

    @Test
    @DisplayName("a token signed with another key does not verify")
    void otherKeyFailsVerification() throws Exception {
        RSAPublicKey other = (RSAPublicKey) rsaKeys().getPublic();

        assertThat(SignedJWT.parse(issue().token()).verify(new RSASSAVerifier(other))).isFalse();
    }

    @Test
    @DisplayName("the lifetime is configurable but never longer than an hour, and keys must be 2048 bits or more")
    void settingsGuardTheirLimits() throws Exception {
        RSAPrivateKey key = (RSAPrivateKey) KEYS.getPrivate();
        NimbusAccessTokenIssuer fiveMinutes = new NimbusAccessTokenIssuer(
                new AccessTokenSettings("iss", "aud", Duration.ofMinutes(5), key, "k"));
        assertThat(fiveMinutes.issue(user, tenant, Set.of(Role.OWNER), NOW).expiresAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> new AccessTokenSettings("iss", "aud", Duration.ofHours(2), key, "k"))
                .isInstanceOf(IllegalArgumentException.class);
        KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
        small.initialize(1024);
        RSAPrivateKey weak = (RSAPrivateKey) small.generateKeyPair().getPrivate();
        assertThatThrownBy(() -> new AccessTokenSettings("iss", "aud", weak, "k"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AccessTokenSettings("iss", "aud", key, "k").toString()).doesNotContain(key.getModulus()
                .toString());
    }

    private IssuedAccessToken issue() {
        return issuer.issue(user, tenant, Set.of(Role.OWNER, Role.MANAGER), NOW);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.laca.adapter.identity.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.academy.InMemoryIssuerKeyRepository;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.academy.port.out.IssuerKey;
import com.laca.application.academy.port.out.IssuerKeyRepository;
import com.laca.domain.shared.TenantId;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NimbusCredentialSignerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final InMemoryTransactionRunner tx = new InMemoryTransactionRunner();
    private final InMemoryIssuerKeyRepository keys = new InMemoryIssuerKeyRepository(tx);
    private final NimbusCredentialSigner signer = signerUnder(randomKek());
    private final TenantId glow = TenantId.random();
    private final TenantId north = TenantId.random();

    private static String randomKek() {
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        return Base64.getEncoder().encodeToString(kek);
    }

    private NimbusCredentialSigner signerUnder(String kek) {
        return new NimbusCredentialSigner(keys, IssuerKeySeal.withKey(kek), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private <T> T in(TenantId tenant, Supplier<T> work) {
        return tx.inTenant(tenant, work);
    }

    private static Map<String, Object> claims() {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("credentialSubject", Map.of("creditsEarned", 6.5, "identifier",
                List.of(Map.of("identityHash", "Dr Sam Lee", "hashed", false))));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://laca.test/api/public/glow/academy");
        claims.put("nbf", 1_790_000_000L);
        claims.put("vc", vc);
        return claims;
    }

    @Test
    @DisplayName("a credential verifies with its clinic's published key set alone, which holds no private part")
    void verifiesWithTheClinicsKeys() throws Exception {
        SignedJWT jwt = SignedJWT.parse(in(glow, () -> signer.sign(glow, claims())));
        JWKSet published = JWKSet.parse(in(glow, () -> signer.publicKeys(glow)));
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(published.getKeys()).hasSize(1);
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyID()).as("the RFC 7638 thumbprint").isEqualTo(key.computeThumbprint().toString());
        assertThat(key.size()).isEqualTo(2048);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getNotBeforeTime().getTime()).isEqualTo(1_790_000_000_000L);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://laca.test/api/public/glow/academy");
        assertThat(jwt.getPayload().toString()).contains("\"identityHash\":\"Dr Sam Lee\"", "\"creditsEarned\":6.5");
    }

    @Test
    @DisplayName("each clinic has its own key: one clinic's credential does not verify with another clinic's key set")
    void keysArePerClinic() throws Exception {
        SignedJWT jwt = SignedJWT.parse(in(glow, () -> signer.sign(glow, claims())));
        in(north, () -> signer.sign(north, claims()));
        JWKSet others = JWKSet.parse(in(north, () -> signer.publicKeys(north)));

        assertThat(others.getKeyByKeyId(jwt.getHeader().getKeyID())).isNull();
        assertThat(jwt.verify(new RSASSAVerifier((RSAKey) others.getKeys().get(0)))).isFalse();
    }

    @Test
    @DisplayName("the key is made on the first signature and then kept: later signatures and key sets name the same key")
    void keyIsMadeOnceAndKept() throws Exception {
        String first = in(glow, () -> signer.sign(glow, claims()));
        IssuerKey stored = in(glow, keys::find).orElseThrow();
        Map<String, Object> published = in(glow, () -> signer.publicKeys(glow));

        assertThat(SignedJWT.parse(first).getHeader().getKeyID()).isEqualTo(stored.keyId());
        assertThat(SignedJWT.parse(in(glow, () -> signer.sign(glow, claims()))).getHeader().getKeyID())
                .isEqualTo(stored.keyId());
        assertThat(JWKSet.parse(published).getKeys()).extracting(JWK::getKeyID).containsExactly(stored.keyId());
        assertThat(in(glow, () -> signer.publicKeys(glow))).isEqualTo(published);
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("anyone reading the key set of a clinic that has signed nothing gets an empty set, and no key is made")
    void readingTheKeySetMakesNoKey() {
        assertThat(in(glow, () -> signer.publicKeys(glow))).isEqualTo(Map.of("keys", List.of()));
        assertThat(in(glow, keys::find)).isEmpty();
    }

    @Test
    @DisplayName("a batch of signatures opens the sealed key once: later ones use the key already opened")
    void sealedKeyIsOpenedOnce() throws Exception {
        Tamperable stored = new Tamperable();
        NimbusCredentialSigner batch = new NimbusCredentialSigner(stored, IssuerKeySeal.withKey(randomKek()),
                Clock.fixed(NOW, ZoneOffset.UTC));
        SignedJWT first = SignedJWT.parse(in(glow, () -> batch.sign(glow, claims())));
        stored.tampered = true; // opening the stored seal again would now fail

        SignedJWT second = SignedJWT.parse(in(glow, () -> batch.sign(glow, claims())));

        RSAKey key = (RSAKey) JWKSet.parse(in(glow, () -> batch.publicKeys(glow))).getKeys().get(0);
        assertThat(second.getHeader().getKeyID()).isEqualTo(first.getHeader().getKeyID());
        assertThat(second.verify(new RSASSAVerifier(key))).isTrue();
    }

    /** The in-memory key store, whose stored seal can be spoilt to show whether a signature opens it again. */
    private final class Tamperable implements IssuerKeyRepository {
        private boolean tampered;

        @Override
        public Optional<IssuerKey> find() {
            return keys.find().map(key -> tampered
                    ? new IssuerKey(key.keyId(), key.publicJwk(), "v1:c3BvaWx0", key.createdAt()) : key);
        }

        @Override
        public IssuerKey addIfAbsent(IssuerKey candidate) {
            return keys.addIfAbsent(candidate);
        }
    }

    @Test
    @DisplayName("the stored private key is sealed: none of its parameters in the row, and no other server key opens it")
    void privateKeyIsSealed() {
        in(glow, () -> signer.sign(glow, claims()));
        IssuerKey stored = in(glow, keys::find).orElseThrow();

        assertThat(stored.sealedPrivateKey()).startsWith("v1:").doesNotContain("\"d\"", "\"p\"", "\"kty\"");
        assertThat(stored.publicJwk()).contains("\"n\"").doesNotContain("\"d\"");
        assertThat(stored.toString()).doesNotContain(stored.sealedPrivateKey());
        NimbusCredentialSigner otherServer = signerUnder(randomKek());
        assertThatThrownBy(() -> in(glow, () -> otherServer.sign(glow, claims())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("academy-issuer-kek")
                .hasNoCause();
    }

    @Test
    @DisplayName("a sealed key moved to another clinic's row does not open there")
    void sealIsBoundToItsClinic() {
        in(glow, () -> signer.sign(glow, claims()));
        IssuerKey glowKey = in(glow, keys::find).orElseThrow();
        in(north, () -> keys.addIfAbsent(glowKey));

        assertThatThrownBy(() -> in(north, () -> signer.sign(north, claims())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a key-encryption key that is not Base64 of 32 bytes is refused at start")
    void kekMustBe32Bytes() {
        assertThatThrownBy(() -> IssuerKeySeal.withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> IssuerKeySeal.withKey("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}

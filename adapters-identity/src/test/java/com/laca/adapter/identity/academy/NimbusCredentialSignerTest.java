package com.laca.adapter.identity.academy;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NimbusCredentialSignerTest {

    @Test
    @DisplayName("a signed credential verifies with the published key set alone, which holds no private part")
    void verifiesWithThePublishedKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        NimbusCredentialSigner signer = new NimbusCredentialSigner((RSAPrivateKey) keys.getPrivate(), "academy-1");
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("credentialSubject", Map.of("creditsEarned", 6.5, "identifier",
                List.of(Map.of("identityHash", "Dr Sam Lee", "hashed", false))));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://laca.test/api/public/glow/academy");
        claims.put("nbf", 1_790_000_000L);
        claims.put("vc", vc);

        SignedJWT jwt = SignedJWT.parse(signer.sign(claims));
        JWKSet published = JWKSet.parse(signer.publicKeys());
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(key.isPrivate()).isFalse();
        assertThat(key.toRSAPublicKey()).isEqualTo(keys.getPublic());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getNotBeforeTime().getTime()).isEqualTo(1_790_000_000_000L);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://laca.test/api/public/glow/academy");
        assertThat(jwt.getPayload().toString()).contains("\"identityHash\":\"Dr Sam Lee\"", "\"creditsEarned\":6.5");
    }
}

package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged and broken tokens are refused: to isolate each check, the tests sign otherwise-valid tokens with the
 * server's own private key (read from the run's data directory) and break exactly one thing.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Forged, expired and misdirected tokens are refused with 401")
class TokenSecurityE2EIT {

    private static RSAPrivateKey serverKey;
    private static String publicKeyPem;
    private static JWTClaimsSet validClaims;

    @BeforeAll
    static void readServerKeysAndAValidToken() throws Exception {
        var keys = RunningServer.get().dataDir().resolve("data/keys");
        String pem = Files.readString(keys.resolve("jwt-private.pem"));
        publicKeyPem = Files.readString(keys.resolve("jwt-public.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        serverKey = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        validClaims = SignedJWT.parse(Sessions.demoOwner()).getJWTClaimsSet();
    }

    private static String signed(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder(validClaims).jwtID(UUID.randomUUID().toString()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(serverKey));
        return jwt.serialize();
    }

    private static void refused(String token) {
        Api.Response response = Api.withToken(token).get("/api/locations");
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("A correctly signed, current token is accepted (the control case)")
    void control() throws Exception {
        assertThat(Api.withToken(signed(b -> b)).get("/api/locations").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("No token at all is 401")
    void noToken() {
        Api.Response response = Api.anonymous().get("/api/locations");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("An unsigned token (alg: none) is 401")
    void algNone() {
        refused(new PlainJWT(validClaims).serialize());
    }

    @Test
    @DisplayName("An HS256 token signed with the server's public key as the secret is 401")
    void hs256WithPublicKey() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims);
        jwt.sign(new MACSigner(publicKeyPem.getBytes(StandardCharsets.US_ASCII)));
        refused(jwt.serialize());
    }

    @Test
    @DisplayName("A token signed by another key is 401")
    void otherKey() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), validClaims);
        jwt.sign(new RSASSASigner(other));
        refused(jwt.serialize());
    }

    @Test
    @DisplayName("A token from another issuer is 401")
    void wrongIssuer() throws Exception {
        refused(signed(b -> b.issuer("https://evil.example/issuer")));
    }

    @Test
    @DisplayName("A token for another audience is 401")
    void wrongAudience() throws Exception {
        refused(signed(b -> b.audience(List.of("some-other-api"))));
    }

    @Test
    @DisplayName("An expired token is 401")
    void expired() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        refused(signed(b -> b.issueTime(Date.from(past.minusSeconds(900))).expirationTime(Date.from(past))));
    }

    @Test
    @DisplayName("A token whose payload was changed after signing is 401")
    void tamperedPayload() throws Exception {
        String[] parts = signed(b -> b).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"OWNER\"", "\"PLATFORM_ADMIN\"");
        refused(parts[0] + "." + Base64URL.encode(payload) + "." + parts[2]);
    }

    @Test
    @DisplayName("Garbage in the Authorization header is 401")
    void garbage() {
        refused("not-a-token");
    }
}

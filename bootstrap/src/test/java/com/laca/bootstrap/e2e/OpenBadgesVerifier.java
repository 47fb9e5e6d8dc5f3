package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A verifier of Open Badges 3.0 VC-JWTs that shares no code with the server: it fetches the clinic's published key
 * set, checks the RS256 signature with Nimbus against the key the header names (and that no other clinic's key nor
 * the server's token key verifies it), and decodes Bitstring Status Lists (multibase base64url, GZIP, index 0 = the
 * first byte's most significant bit) as the W3C specification describes.
 */
final class OpenBadgesVerifier {

    private final Api anyone = Api.anonymous();
    private final String tenantSlug;

    OpenBadgesVerifier(String tenantSlug) {
        this.tenantSlug = tenantSlug;
    }

    /**
     * The clinic's key set as published now, as a verifier fetches it for each check: empty until the clinic first
     * signs, since reading it makes no key.
     */
    private JWKSet publishedKeys(String slug) {
        Api.Response published = anyone.get("/api/public/" + slug + "/academy/keys");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        JWKSet parsed;
        try {
            parsed = JWKSet.parse(published.body());
        } catch (ParseException e) {
            throw new AssertionError("the key set is not a JWKS: " + published.body(), e);
        }
        assertThat(parsed.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        return parsed;
    }

    /**
     * Fails unless the JWS names the clinic's one published key and verifies with no other clinic's published key nor
     * with the server's access-token key (read from the server's data directory), so a clinic's key vouches for its
     * own credentials only.
     */
    void assertSignedByTheClinicAlone(String compact, String otherTenantSlug) {
        try {
            SignedJWT jwt = SignedJWT.parse(compact);
            String kid = jwt.getHeader().getKeyID();
            assertThat(publishedKeys(tenantSlug).getKeys()).extracting(JWK::getKeyID).as("the clinic's key set").containsExactly(kid);
            JWKSet others = publishedKeys(otherTenantSlug);
            assertThat(others.getKeyByKeyId(kid)).as("%s's key set names the key", otherTenantSlug).isNull();
            List<RSAPublicKey> foreign = new ArrayList<>();
            for (JWK other : others.getKeys()) {
                foreign.add(((RSAKey) other).toRSAPublicKey());
            }
            foreign.add(serverTokenKey());
            for (RSAPublicKey key : foreign) {
                assertThat(jwt.verify(new RSASSAVerifier(key))).as("verifies with a key not the clinic's").isFalse();
            }
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a verifiable JWS: " + compact, e);
        }
    }

    /** The public half of the key the server signs access tokens with, generated into its data directory. */
    private static RSAPublicKey serverTokenKey() {
        Path pem = RunningServer.get().dataDir().resolve("data").resolve("keys").resolve("jwt-public.pem");
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(pem)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", ""));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's token key " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("the server's token key is not an RSA public key", e);
        }
    }

    /** The verified JWT's payload; fails unless the signature verifies with the published key the header names. */
    JsonObject verifiedPayload(String compact) {
        try {
            SignedJWT jwt = SignedJWT.parse(compact);
            JWK key = publishedKeys(tenantSlug).getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(key).as("a published key with kid %s", jwt.getHeader().getKeyID()).isNotNull();
            assertThat(jwt.verify(new RSASSAVerifier((RSAKey) key))).as("signature").isTrue();
            try (var reader = Json.createReader(new StringReader(jwt.getPayload().toString()))) {
                return reader.readObject();
            }
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a verifiable JWS: " + compact, e);
        }
    }

    /** Whether the status entry's bit is set in its (verified, same-issuer) status list credential. */
    boolean statusBit(JsonObject entry, String issuer) {
        assertThat(entry.getString("type")).isEqualTo("BitstringStatusListEntry");
        Api.Response fetched = anyone.get(URI.create(entry.getString("statusListCredential")).getPath());
        assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
        JsonObject list = verifiedPayload(fetched.body());
        assertThat(list.getString("iss")).isEqualTo(issuer);
        JsonObject vc = list.getJsonObject("vc");
        assertThat(vc.getJsonArray("type").toString()).contains("BitstringStatusListCredential");
        JsonObject subject = vc.getJsonObject("credentialSubject");
        assertThat(subject.getString("statusPurpose")).isEqualTo(entry.getString("statusPurpose"));
        String encoded = subject.getString("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] bits;
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            bits = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bits.length * 8).as("the specification's minimum length").isGreaterThanOrEqualTo(131_072);
        int index = Integer.parseInt(entry.getString("statusListIndex"));
        return (bits[index / 8] & (0x80 >> (index % 8))) != 0;
    }
}

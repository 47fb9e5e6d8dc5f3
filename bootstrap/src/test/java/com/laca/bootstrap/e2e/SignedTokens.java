package com.laca.bootstrap.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Signs tokens with the running server's own private key (from its data directory), so a test can change exactly one
 * claim of an otherwise valid token and see what the server makes of it.
 */
final class SignedTokens {

    private final RSAPrivateKey key;
    private final JWTClaimsSet valid;

    private SignedTokens(RSAPrivateKey key, JWTClaimsSet valid) {
        this.key = key;
        this.valid = valid;
    }

    /** Signs like the server, starting from the claims of a token the server issued. */
    static SignedTokens basedOn(String issuedToken) {
        Path keys = RunningServer.get().dataDir().resolve("data/keys");
        try {
            String pem = Files.readString(keys.resolve("jwt-private.pem"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            return new SignedTokens(key, SignedJWT.parse(issuedToken).getJWTClaimsSet());
        } catch (IOException | GeneralSecurityException | ParseException e) {
            throw new IllegalStateException("cannot sign tokens like the server", e);
        }
    }

    /** The issued token's claims with a fresh id and the given change, signed with the server's key. */
    String signed(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder(valid).jwtID(UUID.randomUUID().toString()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}

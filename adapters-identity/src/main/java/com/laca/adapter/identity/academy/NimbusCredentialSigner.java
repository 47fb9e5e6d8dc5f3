package com.laca.adapter.identity.academy;

import com.laca.application.academy.port.out.CredentialSigner;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Signs credentials RS256 with the server's RSA key (the one access tokens are signed with, loaded the same way) under
 * its key id, and publishes that key's public half as a JWKS, so a verifier needs nothing from us but the key set.
 */
public final class NimbusCredentialSigner implements CredentialSigner {

    private final JWSSigner signer;
    private final JWSHeader header;
    private final Map<String, Object> publicKeys;

    /** @param signingKey an RSA private key in CRT form (as PKCS#8 keys are), whose public half is derived from it */
    public NimbusCredentialSigner(RSAPrivateKey signingKey, String keyId) {
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(keyId, "keyId");
        this.signer = new RSASSASigner(signingKey);
        this.header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
        RSAKey key = new RSAKey.Builder(publicHalf(signingKey)).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).build();
        this.publicKeys = new JWKSet(key).toJSONObject(true);
    }

    @Override
    public String sign(Map<String, Object> claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
            jwt.sign(signer);
            return jwt.serialize();
        } catch (ParseException e) {
            throw new IllegalArgumentException("the credential's claims are not a JWT claims set", e);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a credential", e);
        }
    }

    @Override
    public Map<String, Object> publicKeys() {
        return publicKeys;
    }

    private static RSAPublicKey publicHalf(RSAPrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("the signing key must carry its public exponent (PKCS#8 CRT form)");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the public key", e);
        }
    }
}

package com.laca.adapter.identity.academy;

import com.laca.application.academy.port.out.CredentialSigner;
import com.laca.application.academy.port.out.IssuerKey;
import com.laca.application.academy.port.out.IssuerKeyRepository;
import com.laca.domain.shared.TenantId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs credentials RS256 with the issuing clinic's own RSA-2048 key and publishes that key's public half as the
 * clinic's key set, so one clinic's key never vouches for another's certificates and the server's token key signs
 * none. RS256 because Open Badges 3.0 (section 8.2) names it as the algorithm every verifier must support. The key is
 * made on the clinic's first signature (never by reading the key set, which anyone may do), stored through the
 * {@link IssuerKeyRepository} with its private half sealed by the {@link IssuerKeySeal}, and named by its JWK
 * thumbprint (RFC 7638); the private half is opened once per clinic and key, kept for the next signatures of a batch
 * in a small bounded cache of this instance, and never leaves this class.
 */
public final class NimbusCredentialSigner implements CredentialSigner {

    private static final int RSA_BITS = 2048;
    /** How many clinics' opened keys are kept; a clinic past it opens its key again on its next signature. */
    private static final int OPENED_KEYS = 64;

    private final IssuerKeyRepository keys;
    private final IssuerKeySeal seal;
    private final Clock clock;
    /** Signers of opened keys by clinic and key id, least recently used first; guarded by itself. */
    private final Map<String, JWSSigner> opened = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JWSSigner> eldest) {
            return size() > OPENED_KEYS;
        }
    };

    public NimbusCredentialSigner(IssuerKeyRepository keys, IssuerKeySeal seal, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String sign(TenantId tenant, Map<String, Object> claims) {
        JWTClaimsSet claimsSet;
        try {
            claimsSet = JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the credential's claims are not a JWT claims set", e);
        }
        IssuerKey stored = keys.find().orElseGet(() -> keys.addIfAbsent(generated(tenant)));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(stored.keyId()).build(), claimsSet);
        try {
            jwt.sign(signerOf(tenant, stored));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a credential", e);
        }
        return jwt.serialize();
    }

    /** The clinic's key, or an empty set while it has signed nothing, since an anonymous read must not write. */
    @Override
    public Map<String, Object> publicKeys(TenantId tenant) {
        Optional<IssuerKey> stored = keys.find();
        if (stored.isEmpty()) {
            return new JWKSet().toJSONObject(true);
        }
        try {
            return new JWKSet(JWK.parse(stored.get().publicJwk())).toJSONObject(true);
        } catch (ParseException e) {
            throw new IllegalStateException("the stored public key " + stored.get().keyId() + " is not a JWK", e);
        }
    }

    private IssuerKey generated(TenantId tenant) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        String keyId;
        try {
            keyId = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key's thumbprint", e);
        }
        RSAKey key = new RSAKey.Builder(publicKey).privateKey(pair.getPrivate()).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).keyID(keyId).build();
        return new IssuerKey(keyId, key.toPublicJWK().toJSONString(),
                seal.seal(key.toJSONString(), context(tenant, keyId)), clock.instant());
    }

    /** The signer of the stored key, opened on its first use by this instance and then kept. */
    private JWSSigner signerOf(TenantId tenant, IssuerKey stored) throws JOSEException {
        String context = context(tenant, stored.keyId());
        synchronized (opened) {
            JWSSigner known = opened.get(context);
            if (known != null) {
                return known;
            }
        }
        RSAKey key;
        try {
            key = RSAKey.parse(seal.open(stored.sealedPrivateKey(), context));
        } catch (ParseException e) {
            throw new IllegalStateException("the stored key " + stored.keyId() + " does not open to a private JWK");
        }
        JWSSigner signer = new RSASSASigner(key);
        synchronized (opened) {
            opened.put(context, signer);
        }
        return signer;
    }

    /** What a sealed key is bound to: its clinic and its key id. */
    private static String context(TenantId tenant, String keyId) {
        return "academy-issuer-key|" + tenant + "|" + keyId;
    }
}

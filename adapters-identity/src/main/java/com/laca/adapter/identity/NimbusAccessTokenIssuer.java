package com.laca.adapter.identity;

import com.laca.application.identity.port.out.AccessTokenIssuer;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Signs RS256 access tokens in the shape MicroProfile JWT verifies ({@code upn}, {@code groups}), plus the
 * {@code tenant} claim that staff endpoints take the tenant from; Nimbus types never leave this class.
 */
public final class NimbusAccessTokenIssuer implements AccessTokenIssuer {

    private final AccessTokenSettings settings;
    private final JWSSigner signer;
    private final JWSHeader header;

    public NimbusAccessTokenIssuer(AccessTokenSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signer = new RSASSASigner(settings.signingKey());
        this.header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(settings.keyId())
                .build();
    }

    @Override
    public IssuedAccessToken issue(UserId subject, TenantId tenant, Set<Role> roles, Instant issuedAt) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Instant issued = Instant.ofEpochSecond(issuedAt.getEpochSecond());
        Instant expiresAt = issued.plus(settings.lifetime());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(subject.toString())
                .claim("upn", subject.toString())
                .claim("groups", roles.stream().map(Role::name).sorted().toList())
                .claim(TENANT_CLAIM, tenant.toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), expiresAt);
    }
}

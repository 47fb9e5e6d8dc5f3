package com.laca.application.shared;

import com.laca.domain.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Random opaque tokens of the form {@code <tenant-uuid>.<256 random bits>}: the prefix tells which tenant's
 * transaction may look the token up, and only a SHA-256 hash is ever stored.
 */
public final class OpaqueTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueTokens() {
    }

    /** A new token for the tenant; show it once and store only its {@link #hash}. */
    public static String generate(TenantId tenant) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return tenant + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The tenant a token names, or empty for anything that is not a well-formed token. */
    public static Optional<TenantId> tenantOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot != 36 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantId.parse(token.substring(0, dot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 of the token in hex, the only form in which tokens are stored. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package com.laca.domain.consent;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a document's exact bytes, stored when a consent is rendered so anyone can later prove the archived
 * file unaltered (or not).
 *
 * @param hex 64 lower-case hexadecimal digits
 */
public record DocumentDigest(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public DocumentDigest {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hexadecimal digits");
        }
    }

    /** The digest of these bytes. */
    public static DocumentDigest of(byte[] bytes) {
        try {
            return new DocumentDigest(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Recomputes the digest of the bytes as they are now and says whether they are the bytes that were stored. */
    public Integrity verify(byte[] bytes) {
        byte[] expected = HexFormat.of().parseHex(hex);
        byte[] actual = HexFormat.of().parseHex(of(bytes).hex());
        return MessageDigest.isEqual(expected, actual) ? Integrity.INTACT : Integrity.ALTERED;
    }

    /** The answer of a verification. */
    public enum Integrity {
        /** The bytes are exactly those whose digest was stored. */
        INTACT,
        /** At least one byte differs. */
        ALTERED
    }
}

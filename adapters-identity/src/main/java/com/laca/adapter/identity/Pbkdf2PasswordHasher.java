package com.laca.adapter.identity;

import com.laca.application.identity.port.out.PasswordHasher;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords with the JDK's PBKDF2-HMAC-SHA256 at OWASP's 2023 work factor, so no home-made crypto or third-party
 * library guards staff passwords.
 *
 * <p>The encoded form is {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}, which lets the work factor
 * rise later without invalidating stored hashes.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    /** Refuses absurd parameters in a stored hash, so a corrupted row cannot stall a login thread for minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random;

    /** A hasher with OWASP's current work factor. */
    public Pbkdf2PasswordHasher() {
        this(DEFAULT_ITERATIONS, new SecureRandom());
    }

    /** A hasher with a chosen work factor; lower values are meant for tests only. */
    public Pbkdf2PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
        }
        this.iterations = iterations;
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    @Override
    public boolean matches(String password, String encodedHash) {
        if (password == null) {
            return false;
        }
        Parsed stored = Parsed.of(encodedHash);
        if (stored == null) {
            derive(password, new byte[SALT_BYTES], iterations, KEY_BYTES);
            return false;
        }
        byte[] candidate = derive(password, stored.salt(), stored.iterations(), stored.key().length);
        return MessageDigest.isEqual(candidate, stored.key());
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret((KeySpec) spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** A stored hash split into its parts, or {@code null} when it is not one of ours. */
    private record Parsed(int iterations, byte[] salt, byte[] key) {

        static Parsed of(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,7}")) {
                return null;
            }
            int iterations = Integer.parseInt(parts[1]);
            try {
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                if (iterations > MAX_ITERATIONS || salt.length < SALT_BYTES || key.length != KEY_BYTES) {
                    return null;
                }
                return new Parsed(iterations, salt, key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

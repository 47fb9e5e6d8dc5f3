package com.laca.adapter.persistence.booking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a stored Idempotency-Key answer with AES-GCM (JDK crypto), because a public booking's answer carries the
 * client's manage token (body and Location) and must never lie in the database in plain text. The tenant, scope and
 * key are the associated data, so a sealed answer cannot be moved to another key or clinic. The key comes from
 * {@code laca.idempotency.answer-key} (Base64 of 16, 24 or 32 bytes; the same on every server); without it one is
 * generated per boot, and answers stored before a restart can then no longer be replayed.
 */
public final class AnswerSeal {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AnswerSeal PER_BOOT = new AnswerSeal(generatedKey());

    private final SecretKey key;

    private AnswerSeal(SecretKey key) {
        this.key = key;
    }

    /** The seal under a configured key: Base64 of 16, 24 or 32 bytes. */
    public static AnswerSeal withKey(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Objects.requireNonNull(base64Key, "base64Key").trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("laca.idempotency.answer-key must be Base64", e);
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("laca.idempotency.answer-key must be 16, 24 or 32 bytes, not "
                    + bytes.length);
        }
        return new AnswerSeal(new SecretKeySpec(bytes, "AES"));
    }

    /** The seal under a key generated once per process, for a single server without a configured key. */
    public static AnswerSeal perBoot() {
        return PER_BOOT;
    }

    /** The text sealed for this context; {@code null} stays {@code null}. */
    String seal(String plain, String context) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plain text of a sealed value for this context; {@code null} stays {@code null}.
     *
     * @throws UnsealableException if it was sealed under another key or context, or altered
     */
    String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new UnsealableException();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnsealableException();
        }
    }

    private static SecretKey generatedKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /** A stored answer this seal cannot open: another key (another server, or before a restart), or altered. */
    static final class UnsealableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnsealableException() {
            super("the stored answer cannot be opened with this server's key");
        }
    }
}

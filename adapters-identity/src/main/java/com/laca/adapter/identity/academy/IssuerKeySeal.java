package com.laca.adapter.identity.academy;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a clinic's private signing key with AES-256-GCM (JDK crypto) under a key-encryption key kept outside the
 * database, so a copy of the database or a backup alone cannot sign a credential; the clinic and key id are the
 * associated data, so a sealed key moved to another clinic's row does not open.
 */
public final class IssuerKeySeal {

    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey kek;

    private IssuerKeySeal(SecretKey kek) {
        this.kek = kek;
    }

    /** The seal under a key-encryption key given as Base64 of exactly 32 bytes (AES-256). */
    public static IssuerKeySeal withKey(String base64Kek) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Objects.requireNonNull(base64Kek, "base64Kek").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the issuer key-encryption key must be Base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("the issuer key-encryption key must be 32 bytes, not " + bytes.length);
        }
        return new IssuerKeySeal(new SecretKeySpec(bytes, "AES"));
    }

    /** The private key (a JWK's JSON text) sealed for the context, as {@code v1:} and Base64 of nonce and cipher text. */
    String seal(String privateKey, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, privateKey.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /**
     * The private key sealed for this context.
     *
     * @throws IllegalStateException if it was sealed under another key-encryption key or context, or altered: the
     *                               message says which file to restore, never anything of the key
     */
    String open(String sealed, String context) {
        try {
            if (!sealed.startsWith(VERSION)) {
                throw new IllegalArgumentException("unknown seal version");
            }
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealed.substring(VERSION.length())));
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] cipherText = new byte[in.remaining()];
            in.get(cipherText);
            return new String(run(Cipher.DECRYPT_MODE, nonce, context, cipherText), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            throw new IllegalStateException("a clinic's credential key cannot be opened with this server's issuer "
                    + "key-encryption key (laca.academy.issuer-kek, by default <data dir>/keys/academy-issuer-kek): "
                    + "restore the file the key was sealed with");
        }
    }

    private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, kek, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("the seal does not open", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}

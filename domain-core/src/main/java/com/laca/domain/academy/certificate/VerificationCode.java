package com.laca.domain.academy.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

/**
 * The code anyone shown a certificate types in to check it: 12 characters of Crockford's base32, 60 random bits
 * from a {@link SecureRandom}, so codes cannot be guessed or enumerated (2<sup>60</sup> ≈ 10<sup>18</sup>).
 * Crockford's alphabet has no I, L, O or U, so reading mistakes are forgiven: I and L read as 1, O as 0.
 *
 * @param value 12 characters of {@code 0123456789ABCDEFGHJKMNPQRSTVWXYZ}
 */
public record VerificationCode(String value) {

    /** Crockford's base32 alphabet: digits and letters without I, L, O, U. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Characters in a code. */
    public static final int LENGTH = 12;
    /** Random bits in a code: 5 per character. */
    public static final int BITS = 5 * LENGTH;

    public VerificationCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a verification code is " + LENGTH + " characters of Crockford base32");
        }
    }

    /** A new code with 60 bits from the given cryptographically strong generator. */
    public static VerificationCode generate(SecureRandom random) {
        long bits = random.nextLong() >>> (Long.SIZE - BITS);
        char[] chars = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            chars[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new VerificationCode(new String(chars));
    }

    /**
     * Reads a code as a person typed it: case, spaces and hyphens do not matter, I and L read as 1 and O as 0.
     *
     * @throws IllegalArgumentException if it is not a code at all
     */
    public static VerificationCode parse(String typed) {
        Objects.requireNonNull(typed, "typed");
        if (typed.length() > 40) {
            throw new IllegalArgumentException("a verification code is " + LENGTH + " characters");
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            code.append(c == 'I' || c == 'L' ? '1' : c == 'O' ? '0' : c);
        }
        return new VerificationCode(code.toString());
    }

    /** Grouped in fours for reading aloud and printing: {@code 7KQ2-M9XD-4HTW}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return display();
    }
}

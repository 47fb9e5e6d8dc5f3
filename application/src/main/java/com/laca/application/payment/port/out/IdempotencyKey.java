package com.laca.application.payment.port.out;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key under which a payment processor remembers a request, so that sending the same request again after a
 * time-out returns the first answer instead of charging or refunding twice.
 *
 * @param value 1 to 255 characters of letters, digits, {@code -}, {@code _} and {@code :}
 */
public record IdempotencyKey(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_:-]{1,255}");

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("an idempotency key is 1 to 255 letters, digits, '-', '_' or ':'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.laca.domain.safety;

import java.util.Locale;
import java.util.Objects;

/**
 * A professional's entry on a statutory register, stored with every consultation, prescription and decision so the
 * record shows who was accountable.
 *
 * @param body   the register
 * @param number the registration number, upper-cased and without spaces
 */
public record PrescriberRegistration(RegisterBody body, String number) {

    public PrescriberRegistration {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(number, "number");
        number = number.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!body.accepts(number)) {
            throw new IllegalArgumentException("not a " + body + " registration number");
        }
    }

    @Override
    public String toString() {
        return body + " " + number;
    }
}

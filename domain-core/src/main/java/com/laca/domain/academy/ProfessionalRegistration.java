package com.laca.domain.academy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's entry on a professional register, as a prerequisite for courses and as the credential a supervisor signs
 * off with; it counts only once an administrator has verified it.
 *
 * @param body         the register
 * @param number       the registration number, trimmed and upper-cased; must have the register's shape
 * @param verification who verified it and when, or empty while it is only claimed
 */
public record ProfessionalRegistration(RegulatoryBody body, String number, Optional<Verification> verification) {

    public ProfessionalRegistration {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(verification, "verification");
        number = number.strip().toUpperCase(Locale.ROOT);
        if (!body.isWellFormed(number)) {
            throw new IllegalArgumentException("'" + number + "' is not a well-formed " + body + " number");
        }
    }

    /** A registration the person has stated but nobody has checked yet. */
    public static ProfessionalRegistration claimed(RegulatoryBody body, String number) {
        return new ProfessionalRegistration(body, number, Optional.empty());
    }

    /** The same registration, verified. */
    public ProfessionalRegistration verified(Verification by) {
        return new ProfessionalRegistration(body, number, Optional.of(by));
    }

    public boolean isVerified() {
        return verification.isPresent();
    }

    /** {@code GMC 1234567}. */
    @Override
    public String toString() {
        return body + " " + number + (isVerified() ? "" : " (unverified)");
    }
}

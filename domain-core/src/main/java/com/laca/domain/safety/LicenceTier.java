package com.laca.domain.safety;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tier a licence is issued at under the coming licensing scheme; a code rather than an enum because the scheme's
 * tiers are not final in law yet.
 *
 * @param code upper-case letters, digits and underscores, e.g. {@code AMBER}
 */
public record LicenceTier(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    public LicenceTier {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("licence tier must be 1-30 upper-case letters, digits or underscores");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}

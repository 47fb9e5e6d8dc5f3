package com.laca.application.consent.port.out;

import com.laca.domain.shared.TenantId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a document lives in the store: always under its tenant, with a name of plain path segments, so no key can
 * name another tenant's document or a file outside the store.
 *
 * @param tenant whose document
 * @param name   1–8 segments separated by {@code /}, each 1–100 of {@code a-z A-Z 0-9 . _ -}, not starting with a dot,
 *               e.g. {@code consents/3f2c….pdf}
 */
public record DocumentKey(TenantId tenant, String name) {

    private static final Pattern NAME =
            Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}){0,7}");

    public DocumentKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("document name must be plain path segments: " + name.length()
                    + " characters refused");
        }
    }

    @Override
    public String toString() {
        return tenant + "/" + name;
    }
}

package com.laca.domain.consent;

import java.util.Optional;

/**
 * The placeholders a consent template may use, written {@code {{client.fullName}}}; a closed list so a template with a
 * misspelt field is refused when it is saved, not discovered as a blank on a signed form.
 */
public enum MergeField {
    CLIENT_FULL_NAME("client.fullName"),
    CLIENT_DATE_OF_BIRTH("client.dateOfBirth"),
    TREATMENT_NAME("treatment.name"),
    PRACTITIONER_NAME("practitioner.name"),
    PRACTITIONER_REGISTRATION("practitioner.registration"),
    CLINIC_NAME("clinic.name"),
    CLINIC_ADDRESS("clinic.address");

    private final String key;

    MergeField(String key) {
        this.key = key;
    }

    /** The name used between the braces. */
    public String key() {
        return key;
    }

    /** The field with this key, if any. */
    public static Optional<MergeField> byKey(String key) {
        for (MergeField field : values()) {
            if (field.key.equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

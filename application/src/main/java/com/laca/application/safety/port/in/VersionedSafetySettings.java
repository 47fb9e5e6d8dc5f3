package com.laca.application.safety.port.in;

import com.laca.domain.safety.SafetySettings;
import java.util.Objects;

/**
 * A clinic's safety settings with the version they were read at, so a change can say which version it replaces and two
 * people editing the windows cannot silently overwrite each other.
 *
 * @param settings the settings in force (the defaults while none are stored)
 * @param version  0 while the clinic keeps the defaults, then one more with every save
 */
public record VersionedSafetySettings(SafetySettings settings, long version) {

    public VersionedSafetySettings {
        Objects.requireNonNull(settings, "settings");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }
}

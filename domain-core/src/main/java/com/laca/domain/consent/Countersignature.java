package com.laca.domain.consent;

import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.Objects;

/**
 * The practitioner's countersignature: who confirmed the client was informed and consented, in what capacity, when.
 *
 * @param practitioner who countersigned
 * @param name         their name as printed
 * @param capacity     the treating practitioner or their supervising prescriber
 * @param at           when
 */
public record Countersignature(PractitionerId practitioner, String name, Capacity capacity, Instant at) {

    public Countersignature {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(at, "at");
    }

    /** In what role the practitioner countersigned. */
    public enum Capacity {
        TREATING_PRACTITIONER,
        SUPERVISING_PRESCRIBER
    }
}

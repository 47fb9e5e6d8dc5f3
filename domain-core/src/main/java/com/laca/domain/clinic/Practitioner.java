package com.laca.domain.clinic;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PlainText;
import com.laca.domain.shared.PractitionerId;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who treats clients; qualifications decide which treatments they may give and locations where they work.
 *
 * @param version optimistic-locking version, bumped on every change
 */
public record Practitioner(PractitionerId id, String displayName, Set<Qualification> qualifications,
                           Set<LocationId> locationIds, boolean active, long version) {

    /** The longest name shown for a practitioner. */
    public static final int NAME_MAX_LENGTH = 120;

    public Practitioner {
        Objects.requireNonNull(id, "id");
        displayName = PlainText.required(displayName, "displayName", NAME_MAX_LENGTH);
        if (qualifications == null || qualifications.isEmpty()) {
            throw new IllegalArgumentException("qualifications must name at least one qualification");
        }
        qualifications = Set.copyOf(qualifications);
        locationIds = locationIds == null ? Set.of() : Set.copyOf(locationIds);
    }

    /** Whether this practitioner holds the qualification a treatment requires (none required means anyone may). */
    public boolean isQualifiedFor(Qualification required) {
        return required == null || qualifications.contains(required);
    }
}

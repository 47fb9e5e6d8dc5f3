package com.laca.domain.clinic;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PlainText;
import com.laca.domain.shared.ResourceId;
import java.util.Objects;

/**
 * A room or device at one location that a treatment may need, so two laser treatments never share one laser.
 *
 * @param version optimistic-locking version, bumped on every change
 */
public record Resource(ResourceId id, LocationId locationId, String name, ResourceType type, boolean active,
                       long version) {

    /** The longest name of a room or device. */
    public static final int NAME_MAX_LENGTH = 120;

    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locationId, "locationId");
        name = PlainText.required(name, "name", NAME_MAX_LENGTH);
        Objects.requireNonNull(type, "type");
    }
}

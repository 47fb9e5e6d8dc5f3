package com.laca.domain.scheduling;

import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.ResourceId;
import java.util.Objects;

/**
 * A room or device at the location being scheduled, so the engine can find one free resource of each required type.
 *
 * @param id   the resource
 * @param type what kind of resource it is, e.g. {@code TREATMENT_ROOM}
 */
public record BookableResource(ResourceId id, ResourceType type) {

    public BookableResource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}

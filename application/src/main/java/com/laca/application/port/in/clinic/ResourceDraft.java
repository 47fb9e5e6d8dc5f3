package com.laca.application.port.in.clinic;

import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.LocationId;

/** Every field of a room or device a client may set. */
public record ResourceDraft(LocationId locationId, String name, ResourceType type, boolean active) {
}

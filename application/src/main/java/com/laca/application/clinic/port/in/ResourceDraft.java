package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.LocationId;

/** Every field of a room or device a client may set. */
public record ResourceDraft(LocationId locationId, String name, ResourceType type, boolean active) {
}

package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.clinic.port.in.ResourceDraft;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.LocationId;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** What a client sends to create or replace a room or device at one of the clinic's locations. */
@Schema(name = "RoomOrDeviceRequest", requiredProperties = {"locationId", "name", "type"}, properties = {
        @SchemaProperty(name = "locationId", example = "0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10"),
        @SchemaProperty(name = "name", example = "Laser suite"),
        @SchemaProperty(name = "type", example = "LASER",
                description = "2-40 upper-case letters, digits or underscores, e.g. TREATMENT_ROOM"),
        @SchemaProperty(name = "active", example = "true", defaultValue = "true")})
public record RoomOrDeviceRequest(
        @NotBlank(message = Fields.REQUIRED) String locationId,
        String name,
        @NotBlank(message = Fields.REQUIRED) String type,
        Boolean active) {

    public ResourceDraft toDraft() {
        return new ResourceDraft(new LocationId(Fields.uuid(locationId, "locationId")), name,
                resourceType(type, "type"), Fields.orDefault(active, true));
    }

    /** A resource-type code, reported against the field it came from. */
    static ResourceType resourceType(String code, String field) {
        try {
            return new ResourceType(Fields.required(code, field).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be 2-40 upper-case letters, digits or underscores");
        }
    }
}

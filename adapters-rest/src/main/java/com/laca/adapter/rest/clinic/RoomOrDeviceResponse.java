package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Resource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A room or device as clients see it. */
@Schema(name = "RoomOrDevice", properties = {
        @SchemaProperty(name = "id", example = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"),
        @SchemaProperty(name = "version", example = "0"),
        @SchemaProperty(name = "locationId", example = "0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10"),
        @SchemaProperty(name = "name", example = "Laser suite"),
        @SchemaProperty(name = "type", example = "LASER"),
        @SchemaProperty(name = "active", example = "true")})
public record RoomOrDeviceResponse(
        String id,
        long version,
        String locationId,
        String name,
        String type,
        boolean active) {

    public static RoomOrDeviceResponse from(Resource resource) {
        return new RoomOrDeviceResponse(resource.id().toString(), resource.version(),
                resource.locationId().toString(), resource.name(), resource.type().code(), resource.active());
    }
}

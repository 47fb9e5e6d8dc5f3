package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Resource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A room or device as clients see it. */
@Schema(name = "RoomOrDevice")
public record RoomOrDeviceResponse(
        @Schema(example = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d") String id,
        @Schema(example = "0") long version,
        @Schema(example = "0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10") String locationId,
        @Schema(example = "Laser suite") String name,
        @Schema(example = "LASER") String type,
        @Schema(example = "true") boolean active) {

    public static RoomOrDeviceResponse from(Resource resource) {
        return new RoomOrDeviceResponse(resource.id().toString(), resource.version(),
                resource.locationId().toString(), resource.name(), resource.type().code(), resource.active());
    }
}

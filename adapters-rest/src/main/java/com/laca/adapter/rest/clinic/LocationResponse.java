package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Location;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A location as clients see it, with the version they must send back in If-Match. */
@Schema(name = "Location")
public record LocationResponse(
        @Schema(example = "0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10") String id,
        @Schema(example = "0") long version,
        @Schema(example = "Harley Street") String name,
        AddressJson address,
        @Schema(example = "Europe/London") String zone,
        @Schema(example = "true") boolean active) {

    public static LocationResponse from(Location location) {
        return new LocationResponse(location.id().toString(), location.version(), location.name(),
                AddressJson.from(location.address()), location.zone().getId(), location.active());
    }
}

package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Location;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A location as clients see it, with the version they must send back in If-Match. */
@Schema(name = "Location", properties = {
        @SchemaProperty(name = "id", example = "0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10"),
        @SchemaProperty(name = "version", example = "0"),
        @SchemaProperty(name = "name", example = "Harley Street"),
        @SchemaProperty(name = "zone", example = "Europe/London"),
        @SchemaProperty(name = "jurisdiction", example = "GB-ENG", enumeration = {"GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"},
                description = "ISO 3166-2 code of the UK jurisdiction whose law gates treatments here"),
        @SchemaProperty(name = "active", example = "true")})
public record LocationResponse(
        String id,
        long version,
        String name,
        AddressJson address,
        String zone,
        String jurisdiction,
        boolean active) {

    public static LocationResponse from(Location location) {
        return new LocationResponse(location.id().toString(), location.version(), location.name(),
                AddressJson.from(location.address()), location.zone().getId(), location.jurisdiction().code(), location.active());
    }
}

package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.clinic.port.in.LocationDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** What a client sends to create or replace a location; zone is text so a bad one is a 400 naming the field. */
@Schema(name = "LocationRequest", requiredProperties = {"name", "address", "zone"}, properties = {
        @SchemaProperty(name = "name", example = "Harley Street"),
        @SchemaProperty(name = "address"),
        @SchemaProperty(name = "zone", example = "Europe/London", description = "IANA time-zone id"),
        @SchemaProperty(name = "active", example = "true", defaultValue = "true")})
public record LocationRequest(
        String name,
        @NotNull(message = Fields.REQUIRED) AddressJson address,
        @NotBlank(message = Fields.REQUIRED) String zone,
        Boolean active) {

    public LocationDraft toDraft() {
        return new LocationDraft(name, address.toAddress(), Fields.zone(zone, "zone"),
                Fields.orDefault(active, true));
    }
}

package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.port.in.clinic.LocationDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a location; zone is text so a bad one is a 400 naming the field. */
@Schema(name = "LocationRequest")
public record LocationRequest(
        @Schema(example = "Harley Street", required = true) String name,
        @Schema(required = true) AddressJson address,
        @Schema(example = "Europe/London", description = "IANA time-zone id", required = true) String zone,
        @Schema(example = "true", defaultValue = "true") Boolean active) {

    public LocationDraft toDraft() {
        return new LocationDraft(name, Fields.required(address, "address").toAddress(), Fields.zone(zone, "zone"),
                Fields.orDefault(active, true));
    }
}

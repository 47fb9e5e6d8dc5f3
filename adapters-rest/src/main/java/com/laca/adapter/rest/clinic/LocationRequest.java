package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.domain.clinic.JurisdictionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * What a client sends to create or replace a location; zone and jurisdiction are text so a bad one is a 400 naming
 * the field. A new location without a jurisdiction is in England (as every location was before they had one); a
 * replacement or a patch must keep one, since the law a location's bookings are gated by never changes by omission.
 */
@Schema(name = "LocationRequest", requiredProperties = {"name", "address", "zone"}, properties = {
        @SchemaProperty(name = "name", example = "Harley Street"),
        @SchemaProperty(name = "address"),
        @SchemaProperty(name = "zone", example = "Europe/London", description = "IANA time-zone id"),
        @SchemaProperty(name = "jurisdiction", example = "GB-ENG", defaultValue = "GB-ENG",
                enumeration = {"GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"},
                description = "ISO 3166-2 code of the UK jurisdiction whose law gates treatments here; optional "
                        + "when creating (England), required in a replacement (PUT)"),
        @SchemaProperty(name = "active", example = "true", defaultValue = "true")})
public record LocationRequest(
        String name,
        @NotNull(message = Fields.REQUIRED) AddressJson address,
        @NotBlank(message = Fields.REQUIRED) String zone,
        String jurisdiction,
        Boolean active) {

    /** A new location: England when no jurisdiction is named. */
    public LocationDraft toDraft() {
        return draft(jurisdiction == null ? JurisdictionCode.ENGLAND : jurisdiction(jurisdiction));
    }

    /** A replacement (PUT, or a patch merged onto the stored location): the jurisdiction is required. */
    public LocationDraft toReplacement() {
        return draft(jurisdiction(Fields.required(jurisdiction, "jurisdiction")));
    }

    private LocationDraft draft(JurisdictionCode where) {
        return new LocationDraft(name, address.toAddress(), Fields.zone(zone, "zone"), where,
                Fields.orDefault(active, true));
    }

    private static JurisdictionCode jurisdiction(String code) {
        return JurisdictionCode.ofCode(code).orElseThrow(() -> new InvalidInputException("jurisdiction",
                "must be one of " + Arrays.stream(JurisdictionCode.values()).map(JurisdictionCode::code)
                        .collect(Collectors.joining(", "))));
    }
}

package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Practitioner;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A practitioner as clients see it, with sorted lists so equal records always serialise alike. */
@Schema(name = "Practitioner", properties = {
        @SchemaProperty(name = "id", example = "5d3c9a7b-1e2f-4a6b-8c9d-0e1f2a3b4c5d"),
        @SchemaProperty(name = "version", example = "0"),
        @SchemaProperty(name = "displayName", example = "Dr Amira Shah"),
        @SchemaProperty(name = "qualifications", example = "[\"DOCTOR\", \"PRESCRIBER\"]"),
        @SchemaProperty(name = "locationIds", example = "[\"0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10\"]"),
        @SchemaProperty(name = "active", example = "true")})
public record PractitionerResponse(
        String id,
        long version,
        String displayName,
        List<String> qualifications,
        List<String> locationIds,
        boolean active) {

    public static PractitionerResponse from(Practitioner practitioner) {
        return new PractitionerResponse(practitioner.id().toString(), practitioner.version(),
                practitioner.displayName(),
                practitioner.qualifications().stream().map(Enum::name).sorted().toList(),
                practitioner.locationIds().stream().map(Object::toString).sorted().toList(),
                practitioner.active());
    }
}

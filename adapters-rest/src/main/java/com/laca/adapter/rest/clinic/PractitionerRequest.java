package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.clinic.port.in.PractitionerDraft;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.shared.LocationId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** What a client sends to create or replace a practitioner; enums and ids are text so bad ones name their field. */
@Schema(name = "PractitionerRequest", requiredProperties = {"displayName", "qualifications"}, properties = {
        @SchemaProperty(name = "displayName", example = "Dr Amira Shah"),
        @SchemaProperty(name = "qualifications", example = "[\"DOCTOR\", \"PRESCRIBER\"]",
                description = "PRESCRIBER, NURSE, DOCTOR or AESTHETICIAN"),
        @SchemaProperty(name = "locationIds", example = "[\"0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10\"]"),
        @SchemaProperty(name = "active", example = "true", defaultValue = "true")})
public record PractitionerRequest(
        String displayName,
        List<String> qualifications,
        List<String> locationIds,
        Boolean active) {

    public PractitionerDraft toDraft() {
        return new PractitionerDraft(displayName,
                Fields.enumSet(Qualification.class, qualifications, "qualifications"),
                Fields.each(locationIds, "locationIds", text -> new LocationId(Fields.uuid(text, "locationIds"))),
                Fields.orDefault(active, true));
    }
}

package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.safety.port.in.RecordDirectionCommand;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A doctor's direction for an under-age client, as the doctor records it. */
@Schema(name = "DirectionRequest", requiredProperties = {"category", "doctor", "reason"}, properties = {
        @SchemaProperty(name = "category", example = "ANTI_WRINKLE",
                description = "the restricted treatment; in England only toxin (ANTI_WRINKLE) has this exception"),
        @SchemaProperty(name = "doctor", description = "the directing practitioner: a prescriber registered with "
                + "the GMC"),
        @SchemaProperty(name = "reason", example = "Severe primary axillary hyperhidrosis",
                description = "the medical reason, 1-2000 characters")})
public record DirectionRequest(String category, String doctor, String reason) {

    RecordDirectionCommand toCommand(ClientId client) {
        return new RecordDirectionCommand(client, Fields.enumValue(TreatmentCategory.class, category, "category"),
                new PractitionerId(Fields.uuid(doctor, "doctor")), Fields.required(reason, "reason"));
    }
}

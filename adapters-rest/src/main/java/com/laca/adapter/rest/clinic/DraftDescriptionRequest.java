package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.shared.TreatmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** What staff send to ask for a drafted description: the treatment, and the clinic's tone in its own words. */
@Schema(name = "DraftDescriptionRequest", requiredProperties = {"treatmentId"}, properties = {
        @SchemaProperty(name = "treatmentId", example = "0b6f5c1e-3a5d-4c1e-9f7a-2d9b8e4c6a10"),
        @SchemaProperty(name = "tone", example = "warm, calm and reassuring",
                description = "how the clinic speaks to its clients; a neutral professional tone when absent")})
public record DraftDescriptionRequest(
        @NotBlank(message = Fields.REQUIRED) String treatmentId,
        @Size(max = 200) String tone) {

    /** The treatment named (a 400 naming {@code treatmentId} when it is not a UUID). */
    TreatmentId treatment() {
        return new TreatmentId(Fields.uuid(treatmentId, "treatmentId"));
    }
}

package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.clinic.Treatment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The reviewer's approval: the text they read and accept, the draft's own wording or their rewrite of it. */
@Schema(name = "ReviewDescriptionRequest", requiredProperties = {"description"}, properties = {
        @SchemaProperty(name = "description", example = "A gentle peel that brightens tired skin. About 40 minutes.",
                description = "the wording to publish as the treatment's description; line breaks allowed")})
public record ReviewDescriptionRequest(
        @NotBlank(message = Fields.REQUIRED) @Size(max = Treatment.DESCRIPTION_MAX_LENGTH) String description) {
}

package com.laca.adapter.rest.consent;

import com.laca.domain.consent.ConsentBlock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** One section of a consent form. */
@Schema(name = "ConsentBlock", requiredProperties = {"kind", "heading", "text"}, properties = {
        @SchemaProperty(name = "kind", example = "RISKS", description = "PROCEDURE, RISKS, ALTERNATIVES, AFTERCARE, "
                + "DATA_PROCESSING, PHOTO_CONSENT_CLINICAL, PHOTO_CONSENT_MARKETING or OTHER"),
        @SchemaProperty(name = "heading", example = "Risks and side effects"),
        @SchemaProperty(name = "text", description = "may use merge fields such as {{client.fullName}}")})
public record BlockJson(String kind, String heading, String text) {

    static BlockJson from(ConsentBlock block) {
        return new BlockJson(block.kind().name(), block.heading(), block.text());
    }
}

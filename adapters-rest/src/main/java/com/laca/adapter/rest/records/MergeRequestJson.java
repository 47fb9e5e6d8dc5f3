package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * Which client record absorbs which, and for every identity or contact field on which they disagree, whose value
 * stays ({@code SURVIVOR} or {@code ABSORBED}).
 */
@Schema(name = "MergeClientsRequest", requiredProperties = {"absorb"}, properties = {
        @SchemaProperty(name = "absorb", example = "8d0f3c2e-4b1a-4c7e-9f51-2a6b8c9d0e1f",
                description = "the client merged into this one; kept, marked MERGED"),
        @SchemaProperty(name = "choices", example = "{\"PHONE\": \"ABSORBED\"}",
                description = "FIRST_NAME, LAST_NAME, DATE_OF_BIRTH, EMAIL or PHONE → SURVIVOR or ABSORBED")})
public record MergeRequestJson(@NotBlank(message = Fields.REQUIRED) String absorb, Map<String, String> choices) {
}

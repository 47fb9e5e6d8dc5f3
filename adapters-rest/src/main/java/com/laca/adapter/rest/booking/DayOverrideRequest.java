package com.laca.adapter.rest.booking;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The only windows a practitioner works at one location on one date; an empty list means not working that day. */
@Schema(name = "DayOverrideRequest", requiredProperties = {"windows"}, properties = {
        @SchemaProperty(name = "windows", example = "[{\"start\":\"17:00\",\"end\":\"20:00\"}]",
                description = "[] means closed")})
public record DayOverrideRequest(List<@Valid WindowJson> windows) {
}

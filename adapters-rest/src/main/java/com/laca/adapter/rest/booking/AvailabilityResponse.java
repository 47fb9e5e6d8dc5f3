package com.laca.adapter.rest.booking;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The slots of one treatment over a range of local dates, echoing the question so a cached page knows what it shows. */
@Schema(name = "Availability", properties = {
        @SchemaProperty(name = "treatment", example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"),
        @SchemaProperty(name = "from", example = "2026-12-01"),
        @SchemaProperty(name = "to", example = "2026-12-07"),
        @SchemaProperty(name = "slots")})
public record AvailabilityResponse(String treatment, String from, String to, List<SlotResponse> slots) {
}

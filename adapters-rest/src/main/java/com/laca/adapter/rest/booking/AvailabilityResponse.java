package com.laca.adapter.rest.booking;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The slots of one treatment over a range of local dates, echoing the question so a cached page knows what it shows;
 * the schema of the answer {@link AvailabilityJson} writes (which a test holds to this record's JSON-B form).
 */
@Schema(name = "Availability", properties = {
        @SchemaProperty(name = "treatment", example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"),
        @SchemaProperty(name = "from", example = "2026-12-01"),
        @SchemaProperty(name = "to", example = "2026-12-07"),
        @SchemaProperty(name = "slots"),
        @SchemaProperty(name = "practitionerNames", example = "{\"d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a\": \"Nurse Ana\"}",
                description = "the display name of each practitioner the slots list, by id (public fields only)"),
        @SchemaProperty(name = "locationNames", example = "{\"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d\": \"Bath\"}",
                description = "the name of each location the slots list, by id")})
public record AvailabilityResponse(String treatment, String from, String to, List<SlotResponse> slots,
                                   Map<String, String> practitionerNames, Map<String, String> locationNames) {
}

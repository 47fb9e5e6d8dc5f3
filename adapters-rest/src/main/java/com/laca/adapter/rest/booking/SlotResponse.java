package com.laca.adapter.rest.booking;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One offered start time, written with the location's offset at that instant, so the repeated hour on the day the
 * clocks go back shows as two different times ({@code +01:00} then {@code Z}).
 */
@Schema(name = "Slot", properties = {
        @SchemaProperty(name = "start", example = "2026-12-01T09:00:00Z"),
        @SchemaProperty(name = "end", example = "2026-12-01T09:30:00Z", description = "the end of the treatment"),
        @SchemaProperty(name = "location", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
        @SchemaProperty(name = "practitioners", example = "[\"d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a\"]",
                description = "everyone who can take this slot, in id order")})
public record SlotResponse(String start, String end, String location, List<String> practitioners) {
}

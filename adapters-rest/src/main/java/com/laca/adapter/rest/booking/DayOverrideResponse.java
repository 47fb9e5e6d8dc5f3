package com.laca.adapter.rest.booking;

import com.laca.domain.scheduling.DayOverride;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A date on which a practitioner's rota at one location is replaced, as staff see it. */
@Schema(name = "DayOverride", properties = {
        @SchemaProperty(name = "practitioner", example = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a"),
        @SchemaProperty(name = "location", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
        @SchemaProperty(name = "date", example = "2026-12-03"),
        @SchemaProperty(name = "windows", example = "[{\"start\":\"17:00\",\"end\":\"20:00\"}]"),
        @SchemaProperty(name = "closed", example = "false")})
public record DayOverrideResponse(String practitioner, String location, String date, List<WindowJson> windows,
                                  boolean closed) {

    static DayOverrideResponse from(DayOverride override) {
        return new DayOverrideResponse(override.practitioner().toString(), override.location().toString(),
                override.date().toString(), override.windows().stream().map(WindowJson::from).toList(),
                override.windows().isEmpty());
    }
}

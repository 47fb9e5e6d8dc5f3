package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.domain.scheduling.TimeRange;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A stretch of time off or a blocked room, with the id to remove it by and whose it is ({@code owner}: the
 * practitioner or the room/device id).
 */
@Schema(name = "ScheduledSpan", properties = {
        @SchemaProperty(name = "id", example = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"),
        @SchemaProperty(name = "owner", example = "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a"),
        @SchemaProperty(name = "start", example = "2026-12-03T12:00:00Z"),
        @SchemaProperty(name = "end", example = "2026-12-03T14:00:00Z")})
public record ScheduledSpanResponse(String id, String owner, String start, String end) {

    static ScheduledSpanResponse of(UUID id, Object owner, TimeRange period) {
        return new ScheduledSpanResponse(id.toString(), owner.toString(), Dates.format(period.start(), ZoneOffset.UTC),
                Dates.format(period.end(), ZoneOffset.UTC));
    }
}

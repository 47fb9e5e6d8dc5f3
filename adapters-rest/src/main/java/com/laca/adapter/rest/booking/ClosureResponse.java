package com.laca.adapter.rest.booking;

import com.laca.domain.scheduling.Closure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A date the whole clinic is closed, at every location, whatever the rotas say. */
@Schema(name = "Closure", properties = {
        @SchemaProperty(name = "date", example = "2026-12-25"),
        @SchemaProperty(name = "name", example = "Christmas Day")})
public record ClosureResponse(String date, String name) {

    static ClosureResponse from(Closure closure) {
        return new ClosureResponse(closure.date().toString(), closure.name());
    }
}

package com.laca.adapter.rest.clinic;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A clinic's public treatment menu, named so a booking page can show whose menu it is. */
@Schema(name = "PublicMenu", properties = {
        @SchemaProperty(name = "clinic", example = "demo-clinic"),
        @SchemaProperty(name = "name", example = "Demo Aesthetics Clinic")})
public record PublicMenuResponse(
        String clinic,
        String name,
        List<MenuItemResponse> items) {
}

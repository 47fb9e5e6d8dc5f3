package com.laca.adapter.rest.publicmenu;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinic's public treatment menu, named so a booking page can show whose menu it is. */
@Schema(name = "PublicMenu")
public record PublicMenuResponse(
        @Schema(example = "demo-clinic") String clinic,
        @Schema(example = "Demo Aesthetics Clinic") String name,
        List<MenuItemResponse> items) {
}

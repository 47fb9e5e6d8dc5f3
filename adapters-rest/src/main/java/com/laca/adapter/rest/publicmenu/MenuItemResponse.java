package com.laca.adapter.rest.publicmenu;

import com.laca.domain.clinic.Treatment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A treatment as the public sees it: what a client chooses by, without internal scheduling or locking details. */
@Schema(name = "MenuItem")
public record MenuItemResponse(
        @Schema(example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f") String id,
        @Schema(example = "Anti-wrinkle, three areas") String name,
        @Schema(example = "ANTI_WRINKLE") String category,
        @Schema(example = "Botulinum toxin for forehead, frown lines and crow's feet.", nullable = true)
        String description,
        @Schema(example = "30") long durationMinutes,
        @Schema(example = "27500") long priceMinorUnits,
        @Schema(example = "GBP") String currency) {

    public static MenuItemResponse from(Treatment t) {
        return new MenuItemResponse(t.id().toString(), t.name(), t.category().name(), t.description(),
                t.duration().toMinutes(), t.price().minorUnits(), t.price().currency());
    }
}

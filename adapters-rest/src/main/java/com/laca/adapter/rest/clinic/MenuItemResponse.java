package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.Treatment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A treatment as the public sees it: what a client chooses by, without internal scheduling or locking details. */
@Schema(name = "MenuItem", properties = {
        @SchemaProperty(name = "id", example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"),
        @SchemaProperty(name = "name", example = "Anti-wrinkle, three areas"),
        @SchemaProperty(name = "category", example = "ANTI_WRINKLE"),
        @SchemaProperty(name = "description", example = "Botulinum toxin for forehead, frown lines and crow's feet.", nullable = true),
        @SchemaProperty(name = "durationMinutes", example = "30"),
        @SchemaProperty(name = "priceMinorUnits", example = "27500"),
        @SchemaProperty(name = "currency", example = "GBP"),
        @SchemaProperty(name = "depositMinorUnits", example = "5000",
                description = "what is paid up front to secure a booking; 0 for none"),
        @SchemaProperty(name = "price", example = "£275.00", description = "the price as the currency is written"),
        @SchemaProperty(name = "deposit", example = "£50.00", description = "the deposit as the currency is written"),
        @SchemaProperty(name = "afterFreeCancellation", example = "DEPOSIT_KEPT",
                description = "what happens to the deposit on a cancellation after the free-cancellation deadline "
                        + "(freeCancellationHours of GET /public/{slug}/clinic) or a no-show: DEPOSIT_KEPT, or "
                        + "NOTHING_TO_KEEP when no deposit is asked; each booking's own deadline, on the location's "
                        + "clock, is in its terms")})
public record MenuItemResponse(
        String id,
        String name,
        String category,
        String description,
        long durationMinutes,
        long priceMinorUnits,
        String currency,
        long depositMinorUnits,
        String price,
        String deposit,
        String afterFreeCancellation) {

    public static MenuItemResponse from(Treatment t) {
        return new MenuItemResponse(t.id().toString(), t.name(), t.category().name(), t.description(),
                t.duration().toMinutes(), t.price().minorUnits(), t.price().currency(), t.deposit().minorUnits(),
                t.price().formatted(), t.deposit().formatted(),
                t.deposit().isZero() ? "NOTHING_TO_KEEP" : "DEPOSIT_KEPT");
    }
}

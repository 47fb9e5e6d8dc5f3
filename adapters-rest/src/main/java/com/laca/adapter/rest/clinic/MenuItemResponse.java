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
                description = "what is paid up front to secure a booking; 0 for none")})
public record MenuItemResponse(
        String id,
        String name,
        String category,
        String description,
        long durationMinutes,
        long priceMinorUnits,
        String currency,
        long depositMinorUnits) {

    public static MenuItemResponse from(Treatment t) {
        return new MenuItemResponse(t.id().toString(), t.name(), t.category().name(), t.description(),
                t.duration().toMinutes(), t.price().minorUnits(), t.price().currency(), t.deposit().minorUnits());
    }
}

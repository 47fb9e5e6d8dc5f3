package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A treatment as staff see it, with durations in minutes and the price in minor units of the clinic's currency. */
@Schema(name = "Treatment", properties = {
        @SchemaProperty(name = "id", example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"),
        @SchemaProperty(name = "version", example = "0"),
        @SchemaProperty(name = "name", example = "Anti-wrinkle, three areas"),
        @SchemaProperty(name = "category", example = "ANTI_WRINKLE"),
        @SchemaProperty(name = "description", example = "Botulinum toxin for forehead, frown lines and crow's feet.", nullable = true),
        @SchemaProperty(name = "durationMinutes", example = "30"),
        @SchemaProperty(name = "bufferBeforeMinutes", example = "10"),
        @SchemaProperty(name = "bufferAfterMinutes", example = "5"),
        @SchemaProperty(name = "priceMinorUnits", example = "27500"),
        @SchemaProperty(name = "currency", example = "GBP"),
        @SchemaProperty(name = "requiredQualification", example = "PRESCRIBER", nullable = true),
        @SchemaProperty(name = "requiredResourceTypes", example = "[\"TREATMENT_ROOM\"]"),
        @SchemaProperty(name = "slotStepMinutes", example = "15"),
        @SchemaProperty(name = "minimumNoticeMinutes", example = "1440"),
        @SchemaProperty(name = "maximumAdvanceDays", example = "90"),
        @SchemaProperty(name = "deposit"),
        @SchemaProperty(name = "depositDueMinorUnits", example = "6875",
                description = "what the deposit rule asks at the current price"),
        @SchemaProperty(name = "active", example = "true")})
public record TreatmentResponse(
        String id,
        long version,
        String name,
        String category,
        String description,
        long durationMinutes,
        long bufferBeforeMinutes,
        long bufferAfterMinutes,
        long priceMinorUnits,
        String currency,
        String requiredQualification,
        List<String> requiredResourceTypes,
        long slotStepMinutes,
        long minimumNoticeMinutes,
        long maximumAdvanceDays,
        DepositJson deposit,
        long depositDueMinorUnits,
        boolean active) {

    public static TreatmentResponse from(Treatment t) {
        return new TreatmentResponse(t.id().toString(), t.version(), t.name(), t.category().name(), t.description(),
                t.duration().toMinutes(), t.bufferBefore().toMinutes(), t.bufferAfter().toMinutes(),
                t.price().minorUnits(), t.price().currency(),
                t.qualification().map(Enum::name).orElse(null),
                t.requiredResourceTypes().stream().map(ResourceType::code).sorted().toList(),
                t.bookingWindow().slotStep().toMinutes(), t.bookingWindow().minimumNotice().toMinutes(),
                t.bookingWindow().maximumAdvance().toDays(), DepositJson.from(t.depositPolicy()),
                t.deposit().minorUnits(), t.active());
    }
}

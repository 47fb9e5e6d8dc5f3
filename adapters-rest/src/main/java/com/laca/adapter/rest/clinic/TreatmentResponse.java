package com.laca.adapter.rest.clinic;

import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.Treatment;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A treatment as staff see it, with durations in minutes and the price in minor units of the clinic's currency. */
@Schema(name = "Treatment")
public record TreatmentResponse(
        @Schema(example = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f") String id,
        @Schema(example = "0") long version,
        @Schema(example = "Anti-wrinkle, three areas") String name,
        @Schema(example = "ANTI_WRINKLE") String category,
        @Schema(example = "Botulinum toxin for forehead, frown lines and crow's feet.", nullable = true)
        String description,
        @Schema(example = "30") long durationMinutes,
        @Schema(example = "10") long bufferBeforeMinutes,
        @Schema(example = "5") long bufferAfterMinutes,
        @Schema(example = "27500") long priceMinorUnits,
        @Schema(example = "GBP") String currency,
        @Schema(example = "PRESCRIBER", nullable = true) String requiredQualification,
        @Schema(example = "[\"TREATMENT_ROOM\"]") List<String> requiredResourceTypes,
        @Schema(example = "15") long slotStepMinutes,
        @Schema(example = "1440") long minimumNoticeMinutes,
        @Schema(example = "90") long maximumAdvanceDays,
        @Schema(example = "true") boolean active) {

    public static TreatmentResponse from(Treatment t) {
        return new TreatmentResponse(t.id().toString(), t.version(), t.name(), t.category().name(), t.description(),
                t.duration().toMinutes(), t.bufferBefore().toMinutes(), t.bufferAfter().toMinutes(),
                t.price().minorUnits(), t.price().currency(),
                t.qualification().map(Enum::name).orElse(null),
                t.requiredResourceTypes().stream().map(ResourceType::code).sorted().toList(),
                t.bookingWindow().slotStep().toMinutes(), t.bookingWindow().minimumNotice().toMinutes(),
                t.bookingWindow().maximumAdvance().toDays(), t.active());
    }
}

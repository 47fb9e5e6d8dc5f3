package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.port.in.clinic.TreatmentDraft;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.TreatmentCategory;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or replace a treatment; the price is in the clinic's currency, and booking-window
 * fields fall back to 15-minute steps, 24 hours' notice and 90 days ahead.
 */
@Schema(name = "TreatmentRequest")
public record TreatmentRequest(
        @Schema(example = "Anti-wrinkle, three areas", required = true) String name,
        @Schema(example = "ANTI_WRINKLE", required = true,
                description = "ANTI_WRINKLE, DERMAL_FILLER, CHEMICAL_PEEL, LASER, SKIN, CONSULTATION or OTHER")
        String category,
        @Schema(example = "Botulinum toxin for forehead, frown lines and crow's feet.", nullable = true)
        String description,
        @Schema(example = "30", required = true, description = "5 to 480") Integer durationMinutes,
        @Schema(example = "10", defaultValue = "0") Integer bufferBeforeMinutes,
        @Schema(example = "5", defaultValue = "0") Integer bufferAfterMinutes,
        @Schema(example = "27500", required = true, description = "price in pence (minor units)")
        Long priceMinorUnits,
        @Schema(example = "PRESCRIBER", nullable = true, description = "PRESCRIBER, NURSE, DOCTOR or AESTHETICIAN")
        String requiredQualification,
        @Schema(example = "[\"TREATMENT_ROOM\"]") List<String> requiredResourceTypes,
        @Schema(example = "15", defaultValue = "15") Integer slotStepMinutes,
        @Schema(example = "1440", defaultValue = "1440") Integer minimumNoticeMinutes,
        @Schema(example = "90", defaultValue = "90") Integer maximumAdvanceDays,
        @Schema(example = "true", defaultValue = "true") Boolean active) {

    /**
     * The draft; missing numbers take their documented defaults, and ranges are left to the domain, whose message
     * names the field.
     */
    public TreatmentDraft toDraft() {
        BookingWindow window = new BookingWindow(
                Duration.ofMinutes(Fields.orDefault(slotStepMinutes, 15)),
                Duration.ofMinutes(Fields.orDefault(minimumNoticeMinutes, 1440)),
                Duration.ofDays(Fields.orDefault(maximumAdvanceDays, 90)));
        return new TreatmentDraft(name,
                Fields.enumValue(TreatmentCategory.class, category, "category"),
                description,
                Duration.ofMinutes(Fields.required(durationMinutes, "durationMinutes")),
                Duration.ofMinutes(Fields.orDefault(bufferBeforeMinutes, 0)),
                Duration.ofMinutes(Fields.orDefault(bufferAfterMinutes, 0)),
                Fields.required(priceMinorUnits, "priceMinorUnits"),
                Fields.optionalEnum(Qualification.class, requiredQualification, "requiredQualification"),
                Fields.each(requiredResourceTypes, "requiredResourceTypes",
                        code -> RoomOrDeviceRequest.resourceType(code, "requiredResourceTypes")),
                window,
                Fields.orDefault(active, true));
    }
}

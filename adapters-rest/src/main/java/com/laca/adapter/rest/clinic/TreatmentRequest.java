package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.OneOf;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.TreatmentCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * What a client sends to create or replace a treatment; the price is in the clinic's currency, and booking-window
 * fields fall back to 15-minute steps, 24 hours' notice and 90 days ahead.
 */
@Schema(name = "TreatmentRequest", requiredProperties = {"name", "category", "durationMinutes", "priceMinorUnits"}, properties = {
        @SchemaProperty(name = "name", example = "Anti-wrinkle, three areas"),
        @SchemaProperty(name = "category", example = "ANTI_WRINKLE",
                description = "ANTI_WRINKLE, DERMAL_FILLER, CHEMICAL_PEEL, LASER, SKIN, CONSULTATION, OTHER, MICRONEEDLING or "
                        + "PRESCRIBER_CONSULTATION"),
        @SchemaProperty(name = "description", example = "Botulinum toxin for forehead, frown lines and crow's feet.", nullable = true),
        @SchemaProperty(name = "durationMinutes", example = "30", description = "5 to 480"),
        @SchemaProperty(name = "bufferBeforeMinutes", example = "10", defaultValue = "0"),
        @SchemaProperty(name = "bufferAfterMinutes", example = "5", defaultValue = "0"),
        @SchemaProperty(name = "priceMinorUnits", example = "27500", description = "price in pence (minor units)"),
        @SchemaProperty(name = "requiredQualification", example = "PRESCRIBER", nullable = true, description = "PRESCRIBER, NURSE, DOCTOR or AESTHETICIAN"),
        @SchemaProperty(name = "requiredResourceTypes", example = "[\"TREATMENT_ROOM\"]"),
        @SchemaProperty(name = "slotStepMinutes", example = "15", defaultValue = "15"),
        @SchemaProperty(name = "minimumNoticeMinutes", example = "1440", defaultValue = "1440"),
        @SchemaProperty(name = "maximumAdvanceDays", example = "90", defaultValue = "90"),
        @SchemaProperty(name = "deposit", nullable = true, description = "no deposit when left out"),
        @SchemaProperty(name = "active", example = "true", defaultValue = "true")})
public record TreatmentRequest(
        String name,
        @NotBlank(message = Fields.REQUIRED) @OneOf(TreatmentCategory.class) String category,
        String description,
        @NotNull(message = Fields.REQUIRED) Integer durationMinutes,
        Integer bufferBeforeMinutes,
        Integer bufferAfterMinutes,
        @NotNull(message = Fields.REQUIRED) Long priceMinorUnits,
        String requiredQualification,
        List<String> requiredResourceTypes,
        Integer slotStepMinutes,
        Integer minimumNoticeMinutes,
        Integer maximumAdvanceDays,
        @Valid DepositJson deposit,
        Boolean active) {

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
                Duration.ofMinutes(durationMinutes),
                Duration.ofMinutes(Fields.orDefault(bufferBeforeMinutes, 0)),
                Duration.ofMinutes(Fields.orDefault(bufferAfterMinutes, 0)),
                priceMinorUnits,
                Fields.optionalEnum(Qualification.class, requiredQualification, "requiredQualification"),
                Fields.each(requiredResourceTypes, "requiredResourceTypes",
                        code -> RoomOrDeviceRequest.resourceType(code, "requiredResourceTypes")),
                window,
                DepositJson.toDraft(deposit),
                Fields.orDefault(active, true));
    }
}

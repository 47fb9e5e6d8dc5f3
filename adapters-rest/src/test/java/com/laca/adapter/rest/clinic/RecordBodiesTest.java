package com.laca.adapter.rest.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.clinic.port.in.DepositDraft;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordBodiesTest {

    private static final TreatmentResponse LIP_FILLER = new TreatmentResponse("c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f",
            3, "Lip filler", "DERMAL_FILLER", null, 45, 10, 15, 30_000, "GBP", "PRESCRIBER",
            List.of("TREATMENT_ROOM"), 15, 1440, 90, new DepositJson("FIXED", 5_000L, null, null, null), 5_000, true);

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    @DisplayName("a replacement with only name, category, duration and price is refused, naming every missing field")
    void replacementNamesMissingFields() {
        JsonObject partial = json("""
                {"name": "Lip filler", "category": "DERMAL_FILLER", "durationMinutes": 45, "priceMinorUnits": 32000}""");

        assertThatThrownBy(() -> RecordBodies.whole(partial, TreatmentRequest.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().keySet())
                        .containsExactlyInAnyOrder("description", "bufferBeforeMinutes", "bufferAfterMinutes",
                                "requiredQualification", "requiredResourceTypes", "slotStepMinutes",
                                "minimumNoticeMinutes", "maximumAdvanceDays", "deposit", "active"));
    }

    @Test
    @DisplayName("a replacement naming every field, with an explicit null for none, is accepted as written")
    void wholeReplacement() {
        TreatmentRequest request = RecordBodies.whole(json("""
                {"name": "Lip filler", "category": "DERMAL_FILLER", "description": null, "durationMinutes": 45,
                 "bufferBeforeMinutes": 10, "bufferAfterMinutes": 15, "priceMinorUnits": 32000,
                 "requiredQualification": "PRESCRIBER", "requiredResourceTypes": ["TREATMENT_ROOM"],
                 "slotStepMinutes": 15, "minimumNoticeMinutes": 1440, "maximumAdvanceDays": 90, "deposit": null,
                 "active": true}"""), TreatmentRequest.class);

        assertThat(request.priceMinorUnits()).isEqualTo(32_000L);
        assertThat(request.toDraft().deposit()).isEqualTo(DepositDraft.none());
    }

    @Test
    @DisplayName("a merge patch of the price keeps the deposit, buffers, rooms and qualification as stored")
    void patchKeepsTheRest() {
        TreatmentDraft draft = RecordBodies.merged(LIP_FILLER, json("{\"priceMinorUnits\": 32000}"),
                TreatmentRequest.class).toDraft();

        assertThat(draft.priceMinorUnits()).isEqualTo(32_000L);
        assertThat(draft.deposit()).isEqualTo(DepositDraft.fixed(5_000));
        assertThat(draft.bufferBefore()).isEqualTo(Duration.ofMinutes(10));
        assertThat(draft.bufferAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(draft.requiredQualification()).isEqualTo(Qualification.PRESCRIBER);
        assertThat(draft.requiredResourceTypes()).containsExactly(new ResourceType("TREATMENT_ROOM"));
        assertThat(draft.name()).isEqualTo("Lip filler");
    }

    @Test
    @DisplayName("a merge patch removes an optional field set to null and merges nested objects (RFC 7396)")
    void patchNullRemoves() {
        TreatmentDraft draft = RecordBodies.merged(LIP_FILLER,
                json("{\"requiredQualification\": null, \"deposit\": {\"amountMinorUnits\": 6000}}"),
                TreatmentRequest.class).toDraft();

        assertThat(draft.requiredQualification()).isNull();
        assertThat(draft.deposit()).isEqualTo(DepositDraft.fixed(6_000));
    }

    @Test
    @DisplayName("a merge patch that breaks a rule is refused like a replacement would be")
    void patchIsValidated() {
        assertThatThrownBy(() -> RecordBodies.merged(LIP_FILLER, json("{\"category\": \"BOTOX\"}"),
                TreatmentRequest.class).toDraft())
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                                .containsExactly("category"));
    }
}

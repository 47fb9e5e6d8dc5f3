package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A prescriber consultation that took place, as the prescriber records it. */
@Schema(name = "ConsultationRequest", requiredProperties = {"category", "prescriber", "mode", "completedAt"},
        properties = {
                @SchemaProperty(name = "category", example = "ANTI_WRINKLE", description = "the treatment assessed for"),
                @SchemaProperty(name = "prescriber", description = "the practitioner who held it: a registered "
                        + "prescriber"),
                @SchemaProperty(name = "mode", example = "FACE_TO_FACE",
                        description = "FACE_TO_FACE, VIDEO or PHONE; only face to face supports toxin"),
                @SchemaProperty(name = "completedAt", example = "2026-12-01T10:30:00Z",
                        description = "when it ended, with offset; not in the future")})
public record ConsultationRequest(
        @NotBlank(message = Fields.REQUIRED) String category,
        @NotBlank(message = Fields.REQUIRED) String prescriber,
        @NotBlank(message = Fields.REQUIRED) String mode,
        @NotBlank(message = Fields.REQUIRED) String completedAt) {

    RecordConsultationCommand toCommand(ClientId client) {
        return new RecordConsultationCommand(client,
                Fields.enumValue(TreatmentCategory.class, category, "category"),
                new PractitionerId(Fields.uuid(prescriber, "prescriber")),
                Fields.enumValue(ConsultationMode.class, mode, "mode"),
                Dates.instant(completedAt, "completedAt"));
    }
}

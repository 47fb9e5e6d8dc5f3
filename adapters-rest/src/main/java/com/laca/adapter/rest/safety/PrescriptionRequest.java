package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.safety.port.in.RecordPrescriptionCommand;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.shared.ClientId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A prescription following one of the client's face-to-face consultations. */
@Schema(name = "PrescriptionRequest", requiredProperties = {"consultation", "product"}, properties = {
        @SchemaProperty(name = "consultation", description = "the face-to-face consultation it follows; its "
                + "prescriber is the prescription's"),
        @SchemaProperty(name = "product", example = "Botulinum toxin type A, 50 units",
                description = "what is prescribed, 1-200 characters")})
public record PrescriptionRequest(String consultation, String product) {

    RecordPrescriptionCommand toCommand(ClientId client) {
        return new RecordPrescriptionCommand(client, new ConsultationId(Fields.uuid(consultation, "consultation")),
                Fields.required(product, "product"));
    }
}

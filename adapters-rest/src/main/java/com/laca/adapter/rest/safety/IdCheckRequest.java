package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.safety.port.in.RecordIdCheckCommand;
import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.shared.ClientId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The proof of age a staff member saw; who and when come from the caller and the server's clock. */
@Schema(name = "IdCheckRequest", requiredProperties = {"documentType", "dateOfBirthShown"}, properties = {
        @SchemaProperty(name = "documentType", example = "PASSPORT", description = "PASSPORT, "
                + "PHOTOCARD_DRIVING_LICENCE, PASS_CARD, NATIONAL_IDENTITY_CARD, BIOMETRIC_RESIDENCE_PERMIT or "
                + "MILITARY_ID"),
        @SchemaProperty(name = "dateOfBirthShown", example = "1990-05-17",
                description = "the date of birth printed on the document")})
public record IdCheckRequest(String documentType, String dateOfBirthShown) {

    RecordIdCheckCommand toCommand(ClientId client) {
        return new RecordIdCheckCommand(client, Fields.enumValue(IdDocumentType.class, documentType, "documentType"),
                Dates.date(dateOfBirthShown, "dateOfBirthShown"));
    }
}

package com.laca.adapter.rest.identity;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.shared.PractitionerId;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which practitioner record a staff account is, so a practitioner's calendar defaults to their own appointments.
 *
 * @param practitionerId the practitioner's id, or {@code null} to unlink
 */
@Schema(name = "LinkPractitionerRequest")
public record LinkPractitionerRequest(
        @Schema(example = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", nullable = true) String practitionerId) {

    Optional<PractitionerId> practitioner() {
        return practitionerId == null ? Optional.empty()
                : Optional.of(new PractitionerId(Fields.uuid(practitionerId, "practitionerId")));
    }
}

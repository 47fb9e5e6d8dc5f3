package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.OneOf;
import com.laca.application.academy.port.in.LogCaseCommand;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.PatientReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A case for my log: the patient only as the clinic's pseudonymous reference (e.g. TOX-0042, never a name or a number
 * alone), and the keys of the consent and consultation checklist items I ticked; no patient details in the texts.
 */
@Schema(name = "LogCaseRequest", requiredProperties = {"modality", "procedure", "performedAt", "patientReference",
        "consentTicked", "consultationTicked"}, properties = {
        @SchemaProperty(name = "procedure", example = "Glabella, 20 units"),
        @SchemaProperty(name = "performedAt", example = "2026-11-28T14:30:00Z"),
        @SchemaProperty(name = "patientReference", example = "TOX-0042")})
public record LogCaseRequest(
        @NotBlank(message = Fields.REQUIRED) @OneOf(Modality.class) String modality,
        @NotBlank(message = Fields.REQUIRED) @Size(max = 300, message = "must be at most 300 characters")
        String procedure,
        @NotBlank(message = Fields.REQUIRED) String performedAt,
        @NotBlank(message = Fields.REQUIRED) @Size(max = 20, message = "must be at most 20 characters")
        String patientReference,
        @NotNull(message = Fields.REQUIRED) @Size(max = 50, message = "must be at most 50 items")
        List<@NotBlank(message = Fields.REQUIRED) String> consentTicked,
        @NotNull(message = Fields.REQUIRED) @Size(max = 50, message = "must be at most 50 items")
        List<@NotBlank(message = Fields.REQUIRED) String> consultationTicked,
        @Size(max = 5000, message = "must be at most 5000 characters") String reflection) {

    LogCaseCommand toCommand(CourseId course) {
        return new LogCaseCommand(course, Modality.valueOf(modality), procedure,
                Dates.instant(performedAt, "performedAt"), new PatientReference(patientReference),
                Set.copyOf(consentTicked), Set.copyOf(consultationTicked),
                Optional.ofNullable(reflection).filter(text -> !text.isBlank()));
    }
}

package com.laca.adapter.rest.records;

import com.laca.adapter.rest.common.Fields;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A legal hold to place: why, in words an auditor understands, because a hold without a reason cannot be reviewed. */
@Schema(name = "LegalHoldRequest", requiredProperties = {"reason"}, properties = {
        @SchemaProperty(name = "reason", example = "Complaint to the CQC under investigation", maxLength = 500)})
public record LegalHoldRequest(@NotBlank(message = Fields.REQUIRED) String reason) {
}

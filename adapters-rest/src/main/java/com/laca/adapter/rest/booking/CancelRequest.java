package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.OneOf;
import com.laca.application.booking.port.in.StaffCancellation;
import com.laca.domain.booking.CancellationReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** Why the desk cancels an appointment: a code, and words when the code is OTHER. */
@Schema(name = "CancelRequest", requiredProperties = {"reason"}, properties = {
        @SchemaProperty(name = "reason", example = "ILLNESS",
                description = "CLIENT_REQUEST, CLINIC, ILLNESS, NO_DEPOSIT or OTHER"),
        @SchemaProperty(name = "detail", example = "Client asked to move to the spring", nullable = true,
                maxLength = 500, description = "free text, staff-only; required when the reason is OTHER; no "
                + "clinical detail here (roles without clinical rights never see it, but keep health details in the "
                + "clinical record)")})
public record CancelRequest(@NotBlank(message = Fields.REQUIRED) @OneOf(CancellationReason.class) String reason,
                            @Size(max = 500) String detail) {

    /** The command; the reason is already validated against the codes. */
    StaffCancellation toCancellation() {
        return new StaffCancellation(Fields.enumValue(CancellationReason.class, reason, "reason"),
                Optional.ofNullable(detail));
    }
}

package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.academy.port.in.RecordSittingCommand;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.shared.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An examiner's verdict on one sitting of an OSCE station; {@code sitting} is the number recorded (1 for the first),
 * so a retry finds the sitting it recorded and a stale page cannot record one twice.
 */
@Schema(name = "SittingRequest", requiredProperties = {"traineeId", "sitting", "passed"})
public record SittingRequest(
        @NotBlank(message = Fields.REQUIRED) String traineeId,
        @NotNull(message = Fields.REQUIRED) @Min(value = 1, message = "must be 1-20") @Max(value = 20,
                message = "must be 1-20") Integer sitting,
        @NotNull(message = Fields.REQUIRED) Boolean passed,
        @Size(max = 2000, message = "must be at most 2000 characters") String comment) {

    RecordSittingCommand toCommand(CourseId course, OsceStationId station) {
        return new RecordSittingCommand(course, station, new UserId(Fields.uuid(traineeId, "traineeId")), sitting,
                passed, Optional.ofNullable(comment).filter(text -> !text.isBlank()));
    }
}

package com.laca.adapter.rest.notification;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.notification.port.in.NotificationTiming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * When the clinic's messages go, in whole minutes: the wait before news of a change its staff made (so a change
 * undone at once sends nothing) and each reminder's time before the appointment, on the location's clock.
 */
@Schema(name = "NotificationTiming", requiredProperties = {"clinicChangeDelayMinutes", "reminderMinutesBefore"},
        properties = {
                @SchemaProperty(name = "clinicChangeDelayMinutes", example = "2"),
                @SchemaProperty(name = "reminderMinutesBefore", example = "[2880, 120]")})
public record NotificationTimingJson(
        @NotNull(message = Fields.REQUIRED) @Min(value = 0, message = "must be 0-60")
        @Max(value = 60, message = "must be 0-60") Integer clinicChangeDelayMinutes,
        @NotNull(message = Fields.REQUIRED) @Size(max = 5, message = "at most 5 reminders")
        List<@NotNull(message = Fields.REQUIRED) @Min(value = 10, message = "must be 10-20160")
                @Max(value = 20160, message = "must be 10-20160") Integer> reminderMinutesBefore) {

    static NotificationTimingJson from(NotificationTiming timing) {
        return new NotificationTimingJson(Math.toIntExact(timing.clinicChangeDelay().toMinutes()),
                timing.remindersBefore().stream().map(before -> Math.toIntExact(before.toMinutes())).toList());
    }

    NotificationTiming toTiming() {
        return new NotificationTiming(Duration.ofMinutes(clinicChangeDelayMinutes),
                reminderMinutesBefore.stream().map(Duration::ofMinutes).toList());
    }
}

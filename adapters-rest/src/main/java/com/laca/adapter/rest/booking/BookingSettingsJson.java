package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Fields;
import com.laca.domain.booking.BookingPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A clinic's booking terms in whole hours and minutes, the units clinics write them in. */
@Schema(name = "BookingSettings", requiredProperties = {"freeCancellationHours", "holdMinutes"}, properties = {
        @SchemaProperty(name = "freeCancellationHours", example = "48",
                description = "0 to 720: cancelling at least this long before the start is free"),
        @SchemaProperty(name = "holdMinutes", example = "15",
                description = "5 to 120: how long a slot is held while a deposit is paid")})
public record BookingSettingsJson(
        @NotNull(message = Fields.REQUIRED)
        @Min(value = 0, message = BookingSettingsJson.HOURS) @Max(value = 720, message = BookingSettingsJson.HOURS)
        Integer freeCancellationHours,
        @NotNull(message = Fields.REQUIRED)
        @Min(value = 5, message = BookingSettingsJson.MINUTES) @Max(value = 120, message = BookingSettingsJson.MINUTES)
        Integer holdMinutes) {

    static final String HOURS = "must be between 0 and 720";
    static final String MINUTES = "must be between 5 and 120";

    BookingPolicy toPolicy() {
        return new BookingPolicy(Duration.ofHours(freeCancellationHours), Duration.ofMinutes(holdMinutes));
    }

    static BookingSettingsJson from(BookingPolicy policy) {
        return new BookingSettingsJson((int) policy.freeCancellationWindow().toHours(),
                (int) policy.holdDuration().toMinutes());
    }
}

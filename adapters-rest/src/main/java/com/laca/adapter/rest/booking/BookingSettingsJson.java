package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.booking.BookingPolicy;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** A clinic's booking terms in whole hours and minutes, the units clinics write them in. */
@Schema(name = "BookingSettings", requiredProperties = {"freeCancellationHours", "holdMinutes"}, properties = {
        @SchemaProperty(name = "freeCancellationHours", example = "48",
                description = "0 to 720: cancelling at least this long before the start is free"),
        @SchemaProperty(name = "holdMinutes", example = "15",
                description = "5 to 120: how long a slot is held while a deposit is paid")})
public record BookingSettingsJson(Integer freeCancellationHours, Integer holdMinutes) {

    BookingPolicy toPolicy() {
        int hours = Fields.required(freeCancellationHours, "freeCancellationHours");
        int minutes = Fields.required(holdMinutes, "holdMinutes");
        if (hours < 0 || hours > 720) {
            throw new InvalidInputException("freeCancellationHours", "must be between 0 and 720");
        }
        if (minutes < 5 || minutes > 120) {
            throw new InvalidInputException("holdMinutes", "must be between 5 and 120");
        }
        return new BookingPolicy(Duration.ofHours(hours), Duration.ofMinutes(minutes));
    }

    static BookingSettingsJson from(BookingPolicy policy) {
        return new BookingSettingsJson((int) policy.freeCancellationWindow().toHours(),
                (int) policy.holdDuration().toMinutes());
    }
}

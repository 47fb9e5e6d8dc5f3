package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.scheduling.TimeWindow;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** One working stretch of a day in wall-clock time, because rotas are written as "09:00 to 13:00". */
@Schema(name = "WorkingWindow", requiredProperties = {"start", "end"}, properties = {
        @SchemaProperty(name = "start", example = "09:00"),
        @SchemaProperty(name = "end", example = "13:00", description = "after start; windows cannot cross midnight")})
public record WindowJson(@NotBlank(message = Fields.REQUIRED) String start,
                         @NotBlank(message = Fields.REQUIRED) String end) {

    /** The window, with errors named {@code <field>.start} / {@code <field>.end}. */
    TimeWindow toWindow(String field) {
        LocalTime first = Dates.time(start, field + ".start");
        LocalTime last = Dates.time(end, field + ".end");
        try {
            return new TimeWindow(first, last);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must end after it starts, in whole minutes, on the same day");
        }
    }

    static WindowJson from(TimeWindow window) {
        return new WindowJson(Dates.format(window.start()), Dates.format(window.end()));
    }
}

package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.OneOf;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One line of a practitioner's weekly rota, read and written in the same shape so a rota editor can send back what
 * it loaded; open-ended validity is {@code null}.
 */
@Schema(name = "WorkingHours", requiredProperties = {"location", "day", "windows"}, properties = {
        @SchemaProperty(name = "location", example = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
        @SchemaProperty(name = "day", example = "MONDAY", description = "MONDAY to SUNDAY"),
        @SchemaProperty(name = "windows", example = "[{\"start\":\"09:00\",\"end\":\"13:00\"},"
                + "{\"start\":\"14:00\",\"end\":\"18:00\"}]"),
        @SchemaProperty(name = "validFrom", example = "2026-12-01", nullable = true,
                description = "first date the rule applies; always when null"),
        @SchemaProperty(name = "validUntil", example = "2027-06-30", nullable = true,
                description = "last date the rule applies, inclusive; until further notice when null")})
public record WorkingHoursJson(@NotBlank(message = Fields.REQUIRED) String location,
                               @NotBlank(message = Fields.REQUIRED) @OneOf(DayOfWeek.class) String day,
                               List<@Valid WindowJson> windows, String validFrom, String validUntil) {

    /** The rule for the practitioner; {@code field} (e.g. {@code [2]}) prefixes each error's field name. */
    WorkingHours toRule(PractitionerId practitioner, String field) {
        LocationId at = new LocationId(Fields.uuid(location, field + ".location"));
        DayOfWeek weekday = Fields.enumValue(DayOfWeek.class, day, field + ".day");
        LocalDate first = Dates.dateOr(validFrom, field + ".validFrom", LocalDate.MIN);
        LocalDate last = Dates.dateOr(validUntil, field + ".validUntil", LocalDate.MAX);
        if (last.isBefore(first)) {
            throw new InvalidInputException(field + ".validUntil", "must not be before validFrom");
        }
        var converted = Windows.of(windows, field + ".windows");
        if (converted.isEmpty()) {
            throw new InvalidInputException(field + ".windows", "needs at least one window; leave the day out instead");
        }
        try {
            return new WorkingHours(practitioner, at, weekday, converted, new DateRange(first, last));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + ".windows", "must not overlap");
        }
    }

    static WorkingHoursJson from(WorkingHours rule) {
        return new WorkingHoursJson(rule.location().toString(), rule.day().name(),
                rule.windows().stream().map(WindowJson::from).toList(), Dates.formatBound(rule.validity().first()),
                Dates.formatBound(rule.validity().last()));
    }
}

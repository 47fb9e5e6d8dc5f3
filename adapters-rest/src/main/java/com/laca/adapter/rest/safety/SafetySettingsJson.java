package com.laca.adapter.rest.safety;

import com.laca.adapter.rest.common.Fields;
import com.laca.adapter.rest.common.StrictJson;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.SafetySettings;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A clinic's safety settings as the API reads and writes them: periods in ISO 8601 ({@code P6M}, {@code P7D},
 * {@code PT48H}). A replacement (PUT) must name every field, a partial change (PATCH) is an RFC 7396 merge patch onto
 * the stored settings, as for the other clinic records, so a forgotten field never silently resets a window.
 */
@Schema(name = "SafetySettings", requiredProperties = {"screeningValidity", "reconfirmationWindow",
        "consultationValidity", "reflectionPeriods", "licensingEnforced"}, properties = {
        @SchemaProperty(name = "screeningValidity", example = "P6M",
                description = "how long questionnaire answers stay valid (ISO 8601 period, at most 24 months)"),
        @SchemaProperty(name = "reconfirmationWindow", example = "P7D",
                description = "how close before treatment the answers must be reconfirmed"),
        @SchemaProperty(name = "consultationValidity", example = "P6M",
                description = "how long a face-to-face prescriber consultation supports toxin"),
        @SchemaProperty(name = "reflectionPeriods", example = "{\"ANTI_WRINKLE\": \"PT48H\"}",
                description = "minimum time between the consultation and the first treatment, per category "
                        + "(ISO 8601 duration, 0-90 days); categories left out have none"),
        @SchemaProperty(name = "licensingEnforced", example = "false",
                description = "when true, a licensable treatment needs a valid practitioner and premises licence")})
public record SafetySettingsJson(String screeningValidity, String reconfirmationWindow, String consultationValidity,
                                 Map<String, String> reflectionPeriods, Boolean licensingEnforced) {

    private static final List<String> FIELDS = List.of("screeningValidity", "reconfirmationWindow",
            "consultationValidity", "reflectionPeriods", "licensingEnforced");

    /**
     * Made once: {@code Json.createObjectBuilder()} and {@code Json.createMergePatch(…)} look the JSON provider up
     * through the service loader on every call, which scans the application's class path each time.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The settings of a replacement: every field must be present. */
    static SafetySettings whole(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON request body is required");
        }
        Map<String, String> missing = new LinkedHashMap<>();
        for (String name : FIELDS) {
            if (!body.containsKey(name) || body.isNull(name)) {
                missing.put(name, "is required in a replacement (PUT); send every field, or change some with "
                        + "PATCH (application/merge-patch+json)");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return bind(body).toDomain();
    }

    /** The settings that result from merging the patch onto the stored ones. */
    static SafetySettings merged(SafetySettings current, JsonValue patch) {
        if (patch == null || patch.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", "a merge patch must be a JSON object");
        }
        JsonObject stored = StrictJson.toJsonObject(from(current));
        JsonObjectBuilder editable = JSON.createObjectBuilder();
        for (String name : FIELDS) {
            editable.add(name, stored.getOrDefault(name, JsonValue.NULL));
        }
        JsonValue result;
        try {
            result = JSON.createMergePatch(patch).apply(editable.build());
        } catch (JsonException e) {
            throw new InvalidInputException("body", "is not a valid merge patch");
        }
        return whole(result.asJsonObject());
    }

    private static SafetySettingsJson bind(JsonObject body) {
        try {
            return StrictJson.bind(body, SafetySettingsJson.class);
        } catch (JsonbException e) {
            throw new InvalidInputException("body", "periods are texts, reflectionPeriods an object of texts and "
                    + "licensingEnforced true or false");
        }
    }

    SafetySettings toDomain() {
        Map<TreatmentCategory, Duration> periods = new EnumMap<>(TreatmentCategory.class);
        for (Map.Entry<String, String> entry : reflectionPeriods.entrySet()) {
            TreatmentCategory category = Fields.enumValue(TreatmentCategory.class, entry.getKey(),
                    "reflectionPeriods");
            Duration duration = duration(entry.getValue(), "reflectionPeriods." + entry.getKey());
            if (duration.isNegative() || duration.compareTo(Duration.ofDays(90)) > 0) {
                throw new InvalidInputException("reflectionPeriods." + entry.getKey(), "must be 0-90 days");
            }
            periods.put(category, duration);
        }
        Period screening = period(screeningValidity, "screeningValidity");
        Period reconfirmation = period(reconfirmationWindow, "reconfirmationWindow");
        Period consultation = period(consultationValidity, "consultationValidity");
        try {
            return new SafetySettings(screening, reconfirmation, consultation, periods, licensingEnforced);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("body", e.getMessage());
        }
    }

    static SafetySettingsJson from(SafetySettings s) {
        Map<String, String> periods = new TreeMap<>();
        s.reflectionPeriods().forEach((category, duration) -> periods.put(category.name(), duration.toString()));
        return new SafetySettingsJson(s.screeningValidity().toString(), s.reconfirmationWindow().toString(),
                s.consultationValidity().toString(), periods, s.licensingEnforced());
    }

    private static Period period(String text, String field) {
        try {
            Period period = Period.parse(Fields.required(text, field).trim());
            long roughDays = period.toTotalMonths() * 31 + period.getDays();
            if (period.isNegative() || period.isZero() || roughDays > 24 * 31) {
                throw new InvalidInputException(field, "must be positive and at most 24 months");
            }
            return period;
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be an ISO 8601 period such as P6M or P7D");
        }
    }

    private static Duration duration(String text, String field) {
        try {
            return Duration.parse(Fields.required(text, field).trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be an ISO 8601 duration such as PT48H or P2D");
        }
    }
}

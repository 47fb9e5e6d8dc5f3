package com.laca.adapter.rest.clinic;

import com.laca.adapter.rest.common.StrictJson;
import com.laca.adapter.rest.common.Validated;
import com.laca.application.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of a replacement (PUT) or a partial change (PATCH, RFC 7396 JSON Merge Patch) of a clinic record,
 * because a PUT that leaves a field out once stripped a treatment's deposit, buffers, rooms and qualification
 * without a word: a replacement must name every field, and a partial change is merged onto the record as stored.
 */
final class RecordBodies {

    /** The media type of a JSON Merge Patch (RFC 7396). */
    static final String MERGE_PATCH = "application/merge-patch+json";

    /**
     * Made once: {@code Json.createObjectBuilder()} and {@code Json.createMergePatch(…)} look the JSON provider up
     * through the service loader on every call, which scans the application's class path each time.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RecordBodies() {
    }

    /**
     * The request record of a replacement; every field of the record must be present (JSON {@code null} is an
     * explicit "none" where the field allows it), otherwise a 400 naming each missing field.
     */
    static <Q extends Record> Q whole(JsonObject body, Class<Q> type) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON request body is required");
        }
        Map<String, String> missing = new LinkedHashMap<>();
        for (String name : fieldNames(type)) {
            if (!body.containsKey(name)) {
                missing.put(name, "is required in a replacement (PUT); send every field, or change some with "
                        + "PATCH (" + MERGE_PATCH + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return Validated.of(StrictJson.bind(body, type));
    }

    /**
     * The request record that results from merging the patch onto the record as stored (shown as its response),
     * with {@link JsonProvider#createMergePatch}; a field the patch sets to {@code null} is removed, as RFC 7396 says.
     */
    static <Q extends Record> Q merged(Object current, JsonValue patch, Class<Q> type) {
        if (patch == null || patch.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", "a merge patch must be a JSON object");
        }
        JsonObject stored = StrictJson.toJsonObject(current);
        JsonObjectBuilder editable = JSON.createObjectBuilder();
        for (String name : fieldNames(type)) {
            editable.add(name, stored.getOrDefault(name, JsonValue.NULL));
        }
        JsonValue result = JSON.createMergePatch(patch).apply(editable.build());
        return Validated.of(StrictJson.bind(result.asJsonObject(), type));
    }

    private static List<String> fieldNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}

package com.laca.adapter.rules.json;

import static com.laca.adapter.rules.json.JsonFields.bool;
import static com.laca.adapter.rules.json.JsonFields.enumValue;
import static com.laca.adapter.rules.json.JsonFields.enums;
import static com.laca.adapter.rules.json.JsonFields.integer;
import static com.laca.adapter.rules.json.JsonFields.object;
import static com.laca.adapter.rules.json.JsonFields.objects;
import static com.laca.adapter.rules.json.JsonFields.onlyKeys;
import static com.laca.adapter.rules.json.JsonFields.string;

import com.laca.application.safety.port.out.JurisdictionsInvalidException;
import com.laca.application.safety.port.out.JurisdictionsSource;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Jurisdiction;
import com.laca.domain.safety.Jurisdictions;
import com.laca.domain.safety.RegisterBody;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the legal gates per jurisdiction from the reviewed JSON file once, and a deployment's own file over it, so
 * every booking is gated by rules someone reviewed; a malformed or inconsistent file stops the start with the place
 * it is wrong, and never falls back to the shipped rules silently.
 *
 * <p>The format is described by {@code clinical-rules/jurisdictions.schema.json}; this loader checks the same shape,
 * naming the place (tests run both on the same broken files), and what a schema cannot say: a code listed twice, a
 * doctor's direction for a category without a minimum age, and, for the shipped file, a jurisdiction left out.
 */
public final class JsonJurisdictionsSource implements JurisdictionsSource {

    /** The jurisdictions file shipped with the product: England's law as modelled, a marked fallback for the rest. */
    public static final String BUNDLED = "clinical-rules/jurisdictions.json";

    private static final Set<String> FILE_FIELDS = Set.of("$schema", "version", "notice", "categoryNames",
            "jurisdictions");
    private static final Set<String> JURISDICTION_FIELDS = Set.of("code", "name", "minimumAges", "doctorsDirection",
            "prescriberRegisters", "idCheckRequired", "fallback");

    private final Jurisdictions jurisdictions;

    private JsonJurisdictionsSource(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The shipped catalogue. */
    public static JsonJurisdictionsSource bundled() {
        return new JsonJurisdictionsSource(JsonFields.read(
                JsonFields.bundled(BUNDLED, JurisdictionsInvalidException::new), BUNDLED,
                root -> new Jurisdictions(parse(root)), JurisdictionsInvalidException::new));
    }

    /** The shipped catalogue with a deployment's file over it: each jurisdiction the file lists replaces its own. */
    public static JsonJurisdictionsSource bundledWith(Path file) {
        return bundledWith(JsonFields.file(file, JurisdictionsInvalidException::new), file.toString());
    }

    /** As {@link #bundledWith(Path)}, from a stream closed after reading; {@code name} appears in error messages. */
    public static JsonJurisdictionsSource bundledWith(InputStream in, String name) {
        Jurisdictions shipped = bundled().current();
        return new JsonJurisdictionsSource(JsonFields.read(in, name, root -> shipped.overriddenBy(parse(root)),
                JurisdictionsInvalidException::new));
    }

    @Override
    public Jurisdictions current() {
        return jurisdictions;
    }

    private static List<Jurisdiction> parse(JsonObject root) {
        onlyKeys(root, FILE_FIELDS, "the file");
        String version = string(root, "version", "the file");
        if (version.isBlank() || version.length() > 40) {
            throw new IllegalArgumentException("the file's \"version\" must be 1-40 characters");
        }
        if (string(root, "notice", "the file").isBlank()) {
            throw new IllegalArgumentException("the file's \"notice\" must say what the rules are");
        }
        List<JsonObject> entries = objects(root, "jurisdictions", "the file");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the file lists no jurisdictions");
        }
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            jurisdictions.add(jurisdiction(entries.get(i), version, "jurisdictions[" + i + "]"));
        }
        return jurisdictions;
    }

    private static Jurisdiction jurisdiction(JsonObject json, String version, String position) {
        String code = string(json, "code", position);
        String where = "jurisdiction " + code;
        onlyKeys(json, JURISDICTION_FIELDS, where);
        Map<TreatmentCategory, Integer> ages = new EnumMap<>(TreatmentCategory.class);
        object(json, "minimumAges", where).forEach((category, age) -> ages.put(
                enumValue(TreatmentCategory.class, category, where + ".minimumAges"),
                integer(age, where + ".minimumAges." + category)));
        Optional<String> fallback = Optional.empty();
        if (json.containsKey("fallback")) {
            fallback = Optional.of(nonBlank(json, "fallback", where));
        }
        String name = nonBlank(json, "name", where);
        Set<TreatmentCategory> directions = enums(TreatmentCategory.class, json, "doctorsDirection", where);
        Set<RegisterBody> registers = enums(RegisterBody.class, json, "prescriberRegisters", where);
        boolean idCheck = bool(json, "idCheckRequired", where);
        try {
            return new Jurisdiction(code, name, version, ages, directions, registers, idCheck, fallback);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static String nonBlank(JsonObject json, String key, String where) {
        String text = string(json, key, where);
        if (text.isBlank()) {
            throw new IllegalArgumentException(where + "." + key + " must not be blank");
        }
        return text;
    }
}

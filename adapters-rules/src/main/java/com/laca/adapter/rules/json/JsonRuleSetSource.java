package com.laca.adapter.rules.json;

import com.laca.application.safety.port.out.RuleSetInvalidException;
import com.laca.application.safety.port.out.RuleSetSource;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.AnswerType;
import com.laca.domain.safety.Condition;
import com.laca.domain.safety.ContraindicationRule;
import com.laca.domain.safety.OutcomeKind;
import com.laca.domain.safety.Question;
import com.laca.domain.safety.QuestionId;
import com.laca.domain.safety.Questionnaire;
import com.laca.domain.safety.RuleOutcome;
import com.laca.domain.safety.RuleSet;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the contraindication rule set from its JSON file once and keeps it, so every check uses the same reviewed
 * version; a malformed or inconsistent file fails loudly at start-up with the place it is wrong, never silently.
 *
 * <p>The file's shape is described by {@code clinical-rules/contraindications.schema.json}; the domain's
 * {@link RuleSet} then checks what a schema cannot (that every rule reads a question of the right type that is
 * asked for its categories).
 */
public final class JsonRuleSetSource implements RuleSetSource {

    /** The rule file shipped with the product. */
    public static final String BUNDLED = "clinical-rules/contraindications.json";

    private final RuleSet ruleSet;

    private JsonRuleSetSource(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** The rule set shipped in this module. */
    public static JsonRuleSetSource bundled() {
        InputStream in = JsonRuleSetSource.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new RuleSetInvalidException("the bundled rule file " + BUNDLED + " is missing");
        }
        return from(in, BUNDLED);
    }

    /** A rule set from a file, e.g. one a clinic's medical lead reviewed and configured. */
    public static JsonRuleSetSource fromFile(Path file) {
        try {
            return from(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new RuleSetInvalidException("cannot read the rule file " + file, e);
        }
    }

    /** A rule set from a stream, closed after reading; {@code name} appears in error messages. */
    public static JsonRuleSetSource from(InputStream in, String name) {
        try (InputStream stream = in; JsonReader reader = Json.createReader(stream)) {
            return new JsonRuleSetSource(parse(reader.readObject()));
        } catch (JsonParsingException e) {
            throw new RuleSetInvalidException(name + " is not valid JSON at line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber(), e);
        } catch (JsonException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw new RuleSetInvalidException(name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RuleSetInvalidException("cannot read " + name, new UncheckedIOException(e));
        }
    }

    @Override
    public RuleSet current() {
        return ruleSet;
    }

    private static RuleSet parse(JsonObject root) {
        JsonObject questionnaire = object(root, "questionnaire", "the file");
        List<Question> questions = new ArrayList<>();
        for (JsonObject question : objects(questionnaire, "questions", "questionnaire")) {
            questions.add(question(question));
        }
        List<ContraindicationRule> rules = new ArrayList<>();
        for (JsonObject rule : objects(root, "rules", "the file")) {
            rules.add(rule(rule));
        }
        return new RuleSet(string(root, "version", "the file"),
                new Questionnaire(string(questionnaire, "version", "questionnaire"), questions), rules);
    }

    private static Question question(JsonObject json) {
        String id = string(json, "id", "a question");
        String where = "question " + id;
        AnswerType type = enumValue(AnswerType.class, string(json, "type", where), where + ".type");
        List<String> options = json.containsKey("options") ? strings(json, "options", where) : List.of();
        Optional<Question.FollowUp> askedIf = Optional.empty();
        if (json.containsKey("askedIf")) {
            JsonObject followUp = object(json, "askedIf", where);
            askedIf = Optional.of(new Question.FollowUp(new QuestionId(string(followUp, "question", where + ".askedIf")),
                    string(followUp, "answer", where + ".askedIf")));
        }
        return new Question(new QuestionId(id), string(json, "text", where), type, options,
                categories(json, where), askedIf);
    }

    private static ContraindicationRule rule(JsonObject json) {
        String id = string(json, "id", "a rule");
        String where = "rule " + id;
        OutcomeKind kind = enumValue(OutcomeKind.class, string(json, "outcome", where), where + ".outcome");
        RuleOutcome outcome = switch (kind) {
            case BLOCK -> RuleOutcome.block();
            case PRESCRIBER_REVIEW -> RuleOutcome.prescriberReview();
            case CAUTION -> RuleOutcome.caution();
            case DEFER_UNTIL -> deferral(object(json, "deferUntil", where), where + ".deferUntil");
        };
        if (kind != OutcomeKind.DEFER_UNTIL && json.containsKey("deferUntil")) {
            throw new IllegalArgumentException(where + ": only a DEFER_UNTIL rule has deferUntil");
        }
        return new ContraindicationRule(id, categories(json, where), condition(object(json, "when", where),
                where + ".when"), outcome, string(json, "clientMessage", where), string(json, "clinicalNote", where));
    }

    private static RuleOutcome deferral(JsonObject json, String where) {
        QuestionId from = new QuestionId(string(json, "fromAnswer", where));
        List<Period> periods = new ArrayList<>();
        if (json.containsKey("months")) {
            periods.add(Period.ofMonths(json.getInt("months")));
        }
        if (json.containsKey("weeks")) {
            periods.add(Period.ofWeeks(json.getInt("weeks")));
        }
        if (json.containsKey("days")) {
            periods.add(Period.ofDays(json.getInt("days")));
        }
        if (periods.size() != 1) {
            throw new IllegalArgumentException(where + " needs exactly one of months, weeks or days");
        }
        return RuleOutcome.deferUntil(from, periods.get(0));
    }

    private static Condition condition(JsonObject json, String where) {
        if (json.size() == 1 && json.containsKey("yes")) {
            return new Condition.Yes(new QuestionId(string(json, "yes", where)));
        }
        if (json.size() == 2 && json.containsKey("choice") && json.containsKey("in")) {
            return new Condition.ChoiceIn(new QuestionId(string(json, "choice", where)),
                    new LinkedHashSet<>(strings(json, "in", where)));
        }
        if (json.size() == 1 && json.containsKey("anyOf")) {
            return new Condition.AnyOf(conditions(json, "anyOf", where));
        }
        if (json.size() == 1 && json.containsKey("allOf")) {
            return new Condition.AllOf(conditions(json, "allOf", where));
        }
        throw new IllegalArgumentException(where + " must be one of {yes}, {choice, in}, {anyOf} or {allOf}");
    }

    private static List<Condition> conditions(JsonObject json, String key, String where) {
        List<Condition> conditions = new ArrayList<>();
        int i = 0;
        for (JsonObject item : objects(json, key, where)) {
            conditions.add(condition(item, where + "." + key + "[" + i++ + "]"));
        }
        return conditions;
    }

    private static Set<TreatmentCategory> categories(JsonObject json, String where) {
        Set<TreatmentCategory> categories = EnumSet.noneOf(TreatmentCategory.class);
        for (String name : strings(json, "categories", where)) {
            categories.add(enumValue(TreatmentCategory.class, name, where + ".categories"));
        }
        return categories;
    }

    private static String string(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException(where + " needs a text \"" + key + "\"");
        }
        return text.getString();
    }

    private static JsonObject object(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException(where + " needs an object \"" + key + "\"");
        }
        return value.asJsonObject();
    }

    private static List<JsonObject> objects(JsonObject json, String key, String where) {
        JsonArray array = array(json, key, where);
        List<JsonObject> objects = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException(where + "." + key + " must hold objects only");
            }
            objects.add(item.asJsonObject());
        }
        return objects;
    }

    private static List<String> strings(JsonObject json, String key, String where) {
        JsonArray array = array(json, key, where);
        List<String> strings = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new IllegalArgumentException(where + "." + key + " must hold texts only");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    private static JsonArray array(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(where + " needs a list \"" + key + "\"");
        }
        return value.asJsonArray();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
        Objects.requireNonNull(name, where);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown value \"" + name + "\"", e);
        }
    }
}

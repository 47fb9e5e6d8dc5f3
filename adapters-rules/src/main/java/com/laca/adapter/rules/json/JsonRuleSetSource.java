package com.laca.adapter.rules.json;

import static com.laca.adapter.rules.json.JsonFields.enumValue;
import static com.laca.adapter.rules.json.JsonFields.enums;
import static com.laca.adapter.rules.json.JsonFields.object;
import static com.laca.adapter.rules.json.JsonFields.objects;
import static com.laca.adapter.rules.json.JsonFields.string;
import static com.laca.adapter.rules.json.JsonFields.strings;

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
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        return from(JsonFields.bundled(BUNDLED, RuleSetInvalidException::new), BUNDLED);
    }

    /** A rule set from a file, e.g. one a clinic's medical lead reviewed and configured. */
    public static JsonRuleSetSource fromFile(Path file) {
        return from(JsonFields.file(file, RuleSetInvalidException::new), file.toString());
    }

    /** A rule set from a stream, closed after reading; {@code name} appears in error messages. */
    public static JsonRuleSetSource from(InputStream in, String name) {
        return new JsonRuleSetSource(JsonFields.read(in, name, JsonRuleSetSource::parse,
                RuleSetInvalidException::new));
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
        return enums(TreatmentCategory.class, json, "categories", where);
    }
}

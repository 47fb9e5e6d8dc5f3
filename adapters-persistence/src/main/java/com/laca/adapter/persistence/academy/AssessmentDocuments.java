package com.laca.adapter.persistence.academy;

import static com.laca.adapter.persistence.academy.JsonFactories.BUILDERS;
import static com.laca.adapter.persistence.academy.JsonFactories.READERS;

import com.laca.domain.academy.Fraction;
import com.laca.domain.academy.QuestionBankId;
import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.assessment.PinnedQuestion;
import com.laca.domain.academy.assessment.QuestionSlot;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import com.laca.domain.academy.grading.ManualGrade;
import com.laca.domain.academy.grading.NegativeMarkFloor;
import com.laca.domain.academy.grading.PassMark;
import com.laca.domain.academy.grading.ScoreBand;
import com.laca.domain.academy.question.AcceptedUnit;
import com.laca.domain.academy.question.CaseRule;
import com.laca.domain.academy.question.Choice;
import com.laca.domain.academy.question.EssayQuestion;
import com.laca.domain.academy.question.Item;
import com.laca.domain.academy.question.MatchingQuestion;
import com.laca.domain.academy.question.MultipleChoiceQuestion;
import com.laca.domain.academy.question.NumericQuestion;
import com.laca.domain.academy.question.OrderingQuestion;
import com.laca.domain.academy.question.OrderingScoring;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.academy.question.Response;
import com.laca.domain.academy.question.ShortTextQuestion;
import com.laca.domain.academy.question.SingleChoiceQuestion;
import com.laca.domain.academy.question.TextAnswer;
import com.laca.domain.academy.question.Tolerance;
import com.laca.domain.academy.question.TrueFalseQuestion;
import com.laca.domain.academy.question.UnitRule;
import com.laca.domain.shared.UserId;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes question versions, assessments' rules and attempts' papers, answers and essay marks as JSON documents, with
 * every mark as an exact fraction ("n/d"), and reads them back through the domain's constructors, so a stored
 * document that breaks a rule fails loudly; grades are not stored but recomputed from the pinned versions, which are
 * immutable, so the grade read back is the grade given.
 */
final class AssessmentDocuments {

    private AssessmentDocuments() {
    }

    // ---- questions ----

    static String question(Question question) {
        JsonObjectBuilder o = BUILDERS.createObjectBuilder().add("stem", question.stem())
                .add("maxMarks", fraction(question.maxMarks()));
        if (question instanceof SingleChoiceQuestion q) {
            o.add("type", "SINGLE_CHOICE").add("choices", choices(q.choices()));
        } else if (question instanceof MultipleChoiceQuestion q) {
            o.add("type", "MULTIPLE_CHOICE").add("choices", choices(q.choices()));
        } else if (question instanceof TrueFalseQuestion q) {
            o.add("type", "TRUE_FALSE").add("answer", q.answer());
            q.feedbackIfTrue().ifPresent(f -> o.add("feedbackIfTrue", f));
            q.feedbackIfFalse().ifPresent(f -> o.add("feedbackIfFalse", f));
        } else if (question instanceof NumericQuestion q) {
            o.add("type", "NUMERIC").add("expected", fraction(q.expected())).add("unitRule", q.unitRule().name());
            if (q.tolerance() instanceof Tolerance.Relative relative) {
                o.add("tolerance", BUILDERS.createObjectBuilder().add("relative", fraction(relative.share())));
            } else if (q.tolerance() instanceof Tolerance.Absolute absolute) {
                o.add("tolerance", BUILDERS.createObjectBuilder().add("absolute", fraction(absolute.amount())));
            }
            JsonArrayBuilder units = BUILDERS.createArrayBuilder();
            q.units().forEach(u -> units.add(BUILDERS.createObjectBuilder().add("symbol", u.symbol())
                    .add("factor", fraction(u.factor()))));
            o.add("units", units);
            q.feedbackIfRight().ifPresent(f -> o.add("feedbackIfRight", f));
            q.feedbackIfWrong().ifPresent(f -> o.add("feedbackIfWrong", f));
        } else if (question instanceof ShortTextQuestion q) {
            JsonArrayBuilder answers = BUILDERS.createArrayBuilder();
            q.answers().forEach(a -> {
                JsonObjectBuilder answer = BUILDERS.createObjectBuilder().add("pattern", a.pattern())
                        .add("credit", fraction(a.credit()));
                a.feedback().ifPresent(f -> answer.add("feedback", f));
                answers.add(answer);
            });
            o.add("type", "SHORT_TEXT").add("caseRule", q.caseRule().name()).add("answers", answers);
        } else if (question instanceof MatchingQuestion q) {
            JsonObjectBuilder right = BUILDERS.createObjectBuilder();
            new TreeMap<>(q.right()).forEach(right::add);
            o.add("type", "MATCHING").add("prompts", items(q.prompts())).add("answers", items(q.answers()))
                    .add("right", right);
        } else if (question instanceof OrderingQuestion q) {
            o.add("type", "ORDERING").add("items", items(q.items())).add("scoring", q.scoring().name());
        } else if (question instanceof EssayQuestion q) {
            o.add("type", "ESSAY");
            q.graderGuidance().ifPresent(g -> o.add("graderGuidance", g));
        }
        return o.build().toString();
    }

    static Question question(QuestionKey key, String document) {
        JsonObject o = read(document);
        String stem = o.getString("stem");
        Fraction marks = fraction(o.getString("maxMarks"));
        return switch (o.getString("type")) {
            case "SINGLE_CHOICE" -> new SingleChoiceQuestion(key, stem, marks, choices(o.getJsonArray("choices")));
            case "MULTIPLE_CHOICE" -> new MultipleChoiceQuestion(key, stem, marks,
                    choices(o.getJsonArray("choices")));
            case "TRUE_FALSE" -> new TrueFalseQuestion(key, stem, marks, o.getBoolean("answer"),
                    text(o, "feedbackIfTrue"), text(o, "feedbackIfFalse"));
            case "NUMERIC" -> {
                JsonObject tolerance = o.getJsonObject("tolerance");
                Tolerance t = tolerance.containsKey("relative")
                        ? new Tolerance.Relative(fraction(tolerance.getString("relative")))
                        : new Tolerance.Absolute(fraction(tolerance.getString("absolute")));
                List<AcceptedUnit> units = list(o.getJsonArray("units"), u -> new AcceptedUnit(u.getString("symbol"),
                        fraction(u.getString("factor"))));
                yield new NumericQuestion(key, stem, marks, fraction(o.getString("expected")), t,
                        UnitRule.valueOf(o.getString("unitRule")), units, text(o, "feedbackIfRight"),
                        text(o, "feedbackIfWrong"));
            }
            case "SHORT_TEXT" -> new ShortTextQuestion(key, stem, marks, CaseRule.valueOf(o.getString("caseRule")),
                    list(o.getJsonArray("answers"), a -> new TextAnswer(a.getString("pattern"),
                            fraction(a.getString("credit")), text(a, "feedback"))));
            case "MATCHING" -> {
                Map<String, String> right = new LinkedHashMap<>();
                o.getJsonObject("right").forEach((k, v) -> right.put(k, ((jakarta.json.JsonString) v).getString()));
                yield new MatchingQuestion(key, stem, marks, items(o.getJsonArray("prompts")),
                        items(o.getJsonArray("answers")), right);
            }
            case "ORDERING" -> new OrderingQuestion(key, stem, marks, items(o.getJsonArray("items")),
                    OrderingScoring.valueOf(o.getString("scoring")));
            case "ESSAY" -> new EssayQuestion(key, stem, marks, text(o, "graderGuidance"));
            default -> throw new IllegalStateException("unknown stored question type " + o.getString("type"));
        };
    }

    static String kind(Question question) {
        return read(question(question)).getString("type");
    }

    private static JsonArrayBuilder choices(List<Choice> choices) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        for (Choice c : choices) {
            JsonObjectBuilder choice = BUILDERS.createObjectBuilder().add("key", c.key()).add("text", c.text())
                    .add("credit", fraction(c.credit()));
            c.feedback().ifPresent(f -> choice.add("feedback", f));
            array.add(choice);
        }
        return array;
    }

    private static List<Choice> choices(JsonArray array) {
        return list(array, c -> new Choice(c.getString("key"), c.getString("text"), fraction(c.getString("credit")),
                text(c, "feedback")));
    }

    private static JsonArrayBuilder items(List<Item> items) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        items.forEach(i -> array.add(BUILDERS.createObjectBuilder().add("key", i.key()).add("text", i.text())));
        return array;
    }

    private static List<Item> items(JsonArray array) {
        return list(array, i -> new Item(i.getString("key"), i.getString("text")));
    }

    // ---- assessments ----

    static String assessment(AssessmentKind kind, GradingScheme scheme, GradingMethod method, AttemptRules rules,
                             Blueprint blueprint) {
        JsonObjectBuilder r = BUILDERS.createObjectBuilder().add("attemptLimit", rules.attemptLimit())
                .add("graceSeconds", rules.grace().toSeconds());
        rules.timeLimit().ifPresent(t -> r.add("timeLimitSeconds", t.toSeconds()));
        rules.opensAt().ifPresent(t -> r.add("opensAt", t.toString()));
        rules.closesAt().ifPresent(t -> r.add("closesAt", t.toString()));
        JsonArrayBuilder slots = BUILDERS.createArrayBuilder();
        for (QuestionSlot slot : blueprint.slots()) {
            if (slot instanceof QuestionSlot.Fixed fixed) {
                slots.add(BUILDERS.createObjectBuilder().add("question", fixed.question().toString()));
            } else if (slot instanceof QuestionSlot.FromBank bank) {
                slots.add(BUILDERS.createObjectBuilder().add("bank", bank.bank().toString())
                        .add("count", bank.count()));
            }
        }
        return BUILDERS.createObjectBuilder().add("kind", kind.name()).add("method", method.name())
                .add("scheme", schemeObject(scheme)).add("rules", r)
                .add("blueprint", BUILDERS.createObjectBuilder().add("slots", slots)
                        .add("shuffleQuestions", blueprint.shuffleQuestions())
                        .add("shuffleOptions", blueprint.shuffleOptions()))
                .build().toString();
    }

    static AssessmentKind kind(String document) {
        return AssessmentKind.valueOf(read(document).getString("kind"));
    }

    static GradingMethod method(String document) {
        return GradingMethod.valueOf(read(document).getString("method"));
    }

    static GradingScheme scheme(String document) {
        return scheme(read(document).getJsonObject("scheme"));
    }

    static AttemptRules rules(String document) {
        JsonObject r = read(document).getJsonObject("rules");
        return new AttemptRules(r.getInt("attemptLimit"),
                r.containsKey("timeLimitSeconds") ? Optional.of(Duration.ofSeconds(r.getJsonNumber(
                        "timeLimitSeconds").longValue())) : Optional.empty(),
                text(r, "opensAt").map(Instant::parse), text(r, "closesAt").map(Instant::parse),
                Duration.ofSeconds(r.getJsonNumber("graceSeconds").longValue()));
    }

    static Blueprint blueprint(String document) {
        JsonObject b = read(document).getJsonObject("blueprint");
        List<QuestionSlot> slots = list(b.getJsonArray("slots"), s -> s.containsKey("question")
                ? new QuestionSlot.Fixed(QuestionId.parse(s.getString("question")))
                : new QuestionSlot.FromBank(QuestionBankId.parse(s.getString("bank")), s.getInt("count")));
        return new Blueprint(slots, b.getBoolean("shuffleQuestions"), b.getBoolean("shuffleOptions"));
    }

    static String scheme(GradingScheme scheme) {
        return schemeObject(scheme).toString();
    }

    static GradingScheme schemeOf(String text) {
        return scheme(read(text));
    }

    private static JsonObject schemeObject(GradingScheme scheme) {
        JsonArrayBuilder bands = BUILDERS.createArrayBuilder();
        scheme.bands().forEach(b -> bands.add(BUILDERS.createObjectBuilder()
                .add("from", b.fromPercent().toPlainString()).add("feedback", b.feedback())));
        return BUILDERS.createObjectBuilder().add("passMark", scheme.passMark().percent().toPlainString())
                .add("negativeMarks", scheme.negativeMarks().name()).add("bands", bands).build();
    }

    private static GradingScheme scheme(JsonObject s) {
        return new GradingScheme(new PassMark(new BigDecimal(s.getString("passMark"))),
                NegativeMarkFloor.valueOf(s.getString("negativeMarks")),
                list(s.getJsonArray("bands"), b -> new ScoreBand(new BigDecimal(b.getString("from")),
                        b.getString("feedback"))));
    }

    // ---- attempts ----

    /** The attempt's paper, answers, essay marks and the scheme it was graded under (if finished). */
    static String attempt(List<PinnedQuestion> paper, Map<QuestionId, Response> answers,
                          Map<QuestionId, ManualGrade> manualGrades, Optional<GradingScheme> gradedUnder) {
        JsonArrayBuilder pinned = BUILDERS.createArrayBuilder();
        for (PinnedQuestion p : paper) {
            JsonArrayBuilder order = BUILDERS.createArrayBuilder();
            p.displayOrder().forEach(order::add);
            pinned.add(BUILDERS.createObjectBuilder().add("question", p.key().id().toString())
                    .add("version", p.key().version()).add("order", order));
        }
        JsonObjectBuilder answerObject = BUILDERS.createObjectBuilder();
        new TreeMap<>(stringKeys(answers)).forEach((k, v) -> answerObject.add(k, response(v)));
        JsonObjectBuilder marks = BUILDERS.createObjectBuilder();
        new TreeMap<>(stringKeys(manualGrades)).forEach((k, m) -> {
            JsonObjectBuilder mark = BUILDERS.createObjectBuilder().add("marks", fraction(m.marks()))
                    .add("grader", m.grader().toString()).add("gradedAt", m.gradedAt().toString());
            m.comment().ifPresent(c -> mark.add("comment", c));
            marks.add(k, mark);
        });
        JsonObjectBuilder o = BUILDERS.createObjectBuilder().add("paper", pinned).add("answers", answerObject)
                .add("manualGrades", marks);
        gradedUnder.ifPresent(s -> o.add("scheme", schemeObject(s)));
        return o.build().toString();
    }

    static List<PinnedQuestion> paper(String document) {
        return list(read(document).getJsonArray("paper"), p -> new PinnedQuestion(new QuestionKey(
                QuestionId.parse(p.getString("question")), p.getInt("version")),
                p.getJsonArray("order").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList()));
    }

    static Map<QuestionId, Response> answers(String document) {
        Map<QuestionId, Response> answers = new LinkedHashMap<>();
        read(document).getJsonObject("answers").forEach((k, v) -> answers.put(QuestionId.parse(k),
                response(v.asJsonObject())));
        return answers;
    }

    static Map<QuestionId, ManualGrade> manualGrades(String document) {
        Map<QuestionId, ManualGrade> marks = new LinkedHashMap<>();
        read(document).getJsonObject("manualGrades").forEach((k, v) -> {
            JsonObject m = v.asJsonObject();
            marks.put(QuestionId.parse(k), new ManualGrade(fraction(m.getString("marks")),
                    UserId.parse(m.getString("grader")), Instant.parse(m.getString("gradedAt")),
                    text(m, "comment")));
        });
        return marks;
    }

    static Optional<GradingScheme> gradedUnder(String document) {
        JsonObject o = read(document);
        return o.containsKey("scheme") ? Optional.of(scheme(o.getJsonObject("scheme"))) : Optional.empty();
    }

    private static JsonObjectBuilder response(Response response) {
        JsonObjectBuilder o = BUILDERS.createObjectBuilder();
        if (response instanceof Response.SelectedOption r) {
            o.add("type", "OPTION").add("option", r.option());
        } else if (response instanceof Response.SelectedOptions r) {
            JsonArrayBuilder options = BUILDERS.createArrayBuilder();
            r.options().stream().sorted().forEach(options::add);
            o.add("type", "OPTIONS").add("options", options);
        } else if (response instanceof Response.TrueOrFalse r) {
            o.add("type", "TRUE_FALSE").add("value", r.value());
        } else if (response instanceof Response.NumberWithUnit r) {
            o.add("type", "NUMBER").add("value", r.value().toString());
            r.unit().ifPresent(u -> o.add("unit", u));
        } else if (response instanceof Response.Text r) {
            o.add("type", "TEXT").add("text", r.text());
        } else if (response instanceof Response.Pairs r) {
            JsonObjectBuilder pairs = BUILDERS.createObjectBuilder();
            new TreeMap<>(r.pairs()).forEach(pairs::add);
            o.add("type", "PAIRS").add("pairs", pairs);
        } else if (response instanceof Response.Sequence r) {
            JsonArrayBuilder items = BUILDERS.createArrayBuilder();
            r.items().forEach(items::add);
            o.add("type", "SEQUENCE").add("items", items);
        }
        return o;
    }

    private static Response response(JsonObject o) {
        return switch (o.getString("type")) {
            case "OPTION" -> new Response.SelectedOption(o.getString("option"));
            case "OPTIONS" -> new Response.SelectedOptions(new LinkedHashSet<>(strings(o.getJsonArray("options"))));
            case "TRUE_FALSE" -> new Response.TrueOrFalse(o.getBoolean("value"));
            case "NUMBER" -> new Response.NumberWithUnit(new BigDecimal(o.getString("value")), text(o, "unit"));
            case "TEXT" -> new Response.Text(o.getString("text"));
            case "PAIRS" -> {
                Map<String, String> pairs = new LinkedHashMap<>();
                o.getJsonObject("pairs").forEach((k, v) -> pairs.put(k, ((jakarta.json.JsonString) v).getString()));
                yield new Response.Pairs(pairs);
            }
            case "SEQUENCE" -> new Response.Sequence(strings(o.getJsonArray("items")));
            default -> throw new IllegalStateException("unknown stored response type " + o.getString("type"));
        };
    }

    // ---- helpers ----

    private static <K, V> Map<String, V> stringKeys(Map<K, V> map) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static <T> List<T> list(JsonArray array, Function<JsonObject, T> read) {
        List<T> out = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            out.add(read.apply(value.asJsonObject()));
        }
        return out;
    }

    private static Optional<String> text(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? Optional.of(o.getString(name)) : Optional.empty();
    }

    static String fraction(Fraction f) {
        return f.numerator() + "/" + f.denominator();
    }

    static Fraction fraction(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? Fraction.of(new BigInteger(text), BigInteger.ONE)
                : Fraction.of(new BigInteger(text.substring(0, slash)), new BigInteger(text.substring(slash + 1)));
    }

    private static JsonObject read(String document) {
        try (JsonReader reader = READERS.createReader(new StringReader(document))) {
            return reader.readObject();
        }
    }
}

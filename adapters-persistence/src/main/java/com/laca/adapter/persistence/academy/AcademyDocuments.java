package com.laca.adapter.persistence.academy;

import static com.laca.adapter.persistence.academy.JsonFactories.BUILDERS;
import static com.laca.adapter.persistence.academy.JsonFactories.READERS;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.access.AccessRule;
import com.laca.domain.academy.course.CompletionRequirements;
import com.laca.domain.academy.course.CourseModule;
import com.laca.domain.academy.course.Lesson;
import com.laca.domain.academy.course.LessonContent;
import com.laca.domain.academy.practice.Checklist;
import com.laca.domain.academy.practice.ChecklistItem;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.PracticalRequirement;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a course version's content (modules, lessons, completion requirements) and a course's prerequisites as JSON
 * documents and reads them back through the domain's constructors, so a stored document that breaks a rule fails
 * loudly instead of becoming a course; versions are immutable, so a document is never patched in place.
 */
final class AcademyDocuments {

    private AcademyDocuments() {
    }

    /** The version's modules and requirements as one document. */
    static String content(List<CourseModule> modules, CompletionRequirements requirements) {
        JsonArrayBuilder moduleArray = BUILDERS.createArrayBuilder();
        for (CourseModule module : modules) {
            JsonArrayBuilder lessons = BUILDERS.createArrayBuilder();
            for (Lesson lesson : module.lessons()) {
                lessons.add(lesson(lesson));
            }
            moduleArray.add(BUILDERS.createObjectBuilder().add("id", module.id().toString())
                    .add("title", module.title()).add("lessons", lessons));
        }
        return BUILDERS.createObjectBuilder().add("modules", moduleArray)
                .add("requirements", requirements(requirements)).build().toString();
    }

    static List<CourseModule> modules(String content) {
        List<CourseModule> modules = new ArrayList<>();
        for (JsonValue value : read(content).getJsonArray("modules")) {
            JsonObject module = value.asJsonObject();
            List<Lesson> lessons = new ArrayList<>();
            for (JsonValue lesson : module.getJsonArray("lessons")) {
                lessons.add(lesson(lesson.asJsonObject()));
            }
            modules.add(new CourseModule(ModuleId.parse(module.getString("id")), module.getString("title"), lessons));
        }
        return modules;
    }

    static CompletionRequirements requirements(String content) {
        JsonObject requirements = read(content).getJsonObject("requirements");
        Optional<AssessmentId> theory = requirements.isNull("theory") ? Optional.empty()
                : Optional.of(AssessmentId.parse(requirements.getString("theory")));
        Optional<PracticalRequirement> practical = Optional.empty();
        if (!requirements.isNull("practical")) {
            JsonObject p = requirements.getJsonObject("practical");
            Map<Modality, Integer> minimums = new EnumMap<>(Modality.class);
            p.getJsonObject("minimums").forEach((modality, count) ->
                    minimums.put(Modality.valueOf(modality), ((jakarta.json.JsonNumber) count).intValueExact()));
            practical = Optional.of(new PracticalRequirement(minimums, checklist(p.getJsonArray("consent")),
                    checklist(p.getJsonArray("consultation"))));
        }
        List<OsceStation> stations = new ArrayList<>();
        for (JsonValue value : requirements.getJsonArray("stations")) {
            JsonObject station = value.asJsonObject();
            stations.add(new OsceStation(OsceStationId.parse(station.getString("id")), station.getString("name"),
                    station.getInt("maxAttempts")));
        }
        return new CompletionRequirements(theory, practical, stations);
    }

    /** The prerequisites as a document: a tree of rules, each with its type. */
    static String prerequisites(AccessRule rule) {
        return rule(rule).toString();
    }

    static AccessRule prerequisites(String document) {
        return rule(read(document));
    }

    private static JsonObject lesson(Lesson lesson) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder().add("id", lesson.id().toString())
                .add("title", lesson.title()).add("required", lesson.required());
        LessonContent content = lesson.content();
        if (content instanceof LessonContent.VideoLink video) {
            json.add("kind", "VIDEO").add("url", video.url().toString());
        } else if (content instanceof LessonContent.Reading reading) {
            json.add("kind", "READING").add("text", reading.text());
        } else if (content instanceof LessonContent.LiveSession live) {
            json.add("kind", "LIVE").add("startsAt", live.startsAt().toString())
                    .add("seconds", live.duration().toSeconds()).add("place", live.place());
        } else if (content instanceof LessonContent.Practical practical) {
            json.add("kind", "PRACTICAL").add("brief", practical.brief());
        } else {
            throw new IllegalStateException("unknown lesson content " + content);
        }
        return json.build();
    }

    private static Lesson lesson(JsonObject json) {
        LessonContent content = switch (json.getString("kind")) {
            case "VIDEO" -> new LessonContent.VideoLink(URI.create(json.getString("url")));
            case "READING" -> new LessonContent.Reading(json.getString("text"));
            case "LIVE" -> new LessonContent.LiveSession(Instant.parse(json.getString("startsAt")),
                    Duration.ofSeconds(json.getJsonNumber("seconds").longValueExact()), json.getString("place"));
            case "PRACTICAL" -> new LessonContent.Practical(json.getString("brief"));
            default -> throw new IllegalStateException("unknown lesson kind " + json.getString("kind"));
        };
        return new Lesson(LessonId.parse(json.getString("id")), json.getString("title"), json.getBoolean("required"),
                content);
    }

    private static JsonObject requirements(CompletionRequirements requirements) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        requirements.theory().ifPresentOrElse(t -> json.add("theory", t.toString()), () -> json.addNull("theory"));
        requirements.practical().ifPresentOrElse(p -> {
            JsonObjectBuilder minimums = BUILDERS.createObjectBuilder();
            p.minimums().forEach((modality, count) -> minimums.add(modality.name(), count));
            json.add("practical", BUILDERS.createObjectBuilder().add("minimums", minimums)
                    .add("consent", checklist(p.consent())).add("consultation", checklist(p.consultation())));
        }, () -> json.addNull("practical"));
        JsonArrayBuilder stations = BUILDERS.createArrayBuilder();
        for (OsceStation station : requirements.stations()) {
            stations.add(BUILDERS.createObjectBuilder().add("id", station.id().toString()).add("name", station.name())
                    .add("maxAttempts", station.maxAttempts()));
        }
        return json.add("stations", stations).build();
    }

    private static JsonArrayBuilder checklist(Checklist checklist) {
        JsonArrayBuilder items = BUILDERS.createArrayBuilder();
        for (ChecklistItem item : checklist.items()) {
            items.add(BUILDERS.createObjectBuilder().add("key", item.key()).add("label", item.label()));
        }
        return items;
    }

    private static Checklist checklist(JsonArray json) {
        List<ChecklistItem> items = new ArrayList<>();
        for (JsonValue value : json) {
            items.add(new ChecklistItem(value.asJsonObject().getString("key"), value.asJsonObject().getString("label")));
        }
        return new Checklist(items);
    }

    private static JsonObject rule(AccessRule rule) {
        JsonObjectBuilder json = BUILDERS.createObjectBuilder();
        if (rule instanceof AccessRule.CourseCompleted c) {
            json.add("type", "COURSE_COMPLETED").add("course", c.course().toString()).add("title", c.title());
        } else if (rule instanceof AccessRule.RegistrationVerified r) {
            JsonArrayBuilder bodies = BUILDERS.createArrayBuilder();
            r.bodies().stream().map(Enum::name).sorted().forEach(bodies::add);
            json.add("type", "REGISTRATION_VERIFIED").add("bodies", bodies);
        } else if (rule instanceof AccessRule.OpensAt o) {
            json.add("type", "OPENS_AT").add("at", o.from().toString());
        } else if (rule instanceof AccessRule.ClosesAt c) {
            json.add("type", "CLOSES_AT").add("at", c.until().toString());
        } else if (rule instanceof AccessRule.MinimumGrade m) {
            json.add("type", "MINIMUM_GRADE").add("assessment", m.assessment().toString()).add("title", m.title())
                    .add("minimum", m.minimum().toPlainString());
        } else if (rule instanceof AccessRule.AllOf all) {
            json.add("type", "ALL_OF").add("rules", rules(all.rules()));
        } else if (rule instanceof AccessRule.AnyOf any) {
            json.add("type", "ANY_OF").add("rules", rules(any.rules()));
        } else {
            throw new IllegalStateException("unknown prerequisite " + rule);
        }
        return json.build();
    }

    private static JsonArrayBuilder rules(List<AccessRule> rules) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        rules.forEach(r -> array.add(rule(r)));
        return array;
    }

    private static AccessRule rule(JsonObject json) {
        return switch (json.getString("type")) {
            case "COURSE_COMPLETED" -> new AccessRule.CourseCompleted(CourseId.parse(json.getString("course")),
                    json.getString("title"));
            case "REGISTRATION_VERIFIED" -> {
                Set<RegulatoryBody> bodies = EnumSet.noneOf(RegulatoryBody.class);
                json.getJsonArray("bodies").getValuesAs(jakarta.json.JsonString.class)
                        .forEach(body -> bodies.add(RegulatoryBody.valueOf(body.getString())));
                yield new AccessRule.RegistrationVerified(bodies);
            }
            case "OPENS_AT" -> new AccessRule.OpensAt(Instant.parse(json.getString("at")));
            case "CLOSES_AT" -> new AccessRule.ClosesAt(Instant.parse(json.getString("at")));
            case "MINIMUM_GRADE" -> new AccessRule.MinimumGrade(AssessmentId.parse(json.getString("assessment")),
                    json.getString("title"), new BigDecimal(json.getString("minimum")));
            case "ALL_OF" -> new AccessRule.AllOf(rules(json.getJsonArray("rules")));
            case "ANY_OF" -> new AccessRule.AnyOf(rules(json.getJsonArray("rules")));
            default -> throw new IllegalStateException("unknown prerequisite type " + json.getString("type"));
        };
    }

    private static List<AccessRule> rules(JsonArray array) {
        List<AccessRule> rules = new ArrayList<>();
        array.forEach(value -> rules.add(rule(value.asJsonObject())));
        return rules;
    }

    private static JsonObject read(String document) {
        try (JsonReader reader = READERS.createReader(new StringReader(document))) {
            return reader.readObject();
        }
    }
}

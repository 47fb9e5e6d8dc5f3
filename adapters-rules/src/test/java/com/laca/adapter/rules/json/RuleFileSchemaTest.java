package com.laca.adapter.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadpony.justify.api.Problem;

@DisplayName("The shipped rule file matches its JSON Schema, and the schema catches a malformed file")
class RuleFileSchemaTest {

    private static InputStream resource(String name) {
        return SchemaValidation.resource(name);
    }

    private static List<Problem> validate(InputStream document) throws Exception {
        return SchemaValidation.problems("clinical-rules/contraindications.schema.json", document);
    }

    private static JsonObject bundled() {
        try (JsonReader reader = Json.createReader(resource(JsonRuleSetSource.BUNDLED))) {
            return reader.readObject();
        }
    }

    private static InputStream bytes(JsonValue value) {
        return new ByteArrayInputStream(value.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("The shipped rule file is valid against the schema")
    void shippedFileIsValid() throws Exception {
        assertThat(validate(resource(JsonRuleSetSource.BUNDLED))).isEmpty();
    }

    @Test
    @DisplayName("A rule without its client message, or with an unknown outcome, fails the schema")
    void brokenRuleFails() throws Exception {
        JsonObject root = bundled();
        JsonObject firstRule = root.getJsonArray("rules").getJsonObject(0);
        JsonObject noMessage = Json.createObjectBuilder(firstRule).remove("clientMessage").build();
        JsonObject unknownOutcome = Json.createObjectBuilder(firstRule).add("outcome", "IGNORE").build();
        for (JsonObject broken : List.of(noMessage, unknownOutcome)) {
            JsonObject document = Json.createObjectBuilder(root)
                    .add("rules", Json.createArrayBuilder().add(broken)).build();
            assertThat(validate(bytes(document))).isNotEmpty();
        }
    }

    @Test
    @DisplayName("A deferral rule without its date answer, and a choice question without options, fail the schema")
    void conditionalRequirements() throws Exception {
        JsonObject root = bundled();
        JsonObject deferral = root.getJsonArray("rules").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("outcome").equals("DEFER_UNTIL")).findFirst().orElseThrow();
        JsonObject document = Json.createObjectBuilder(root).add("rules", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(deferral).remove("deferUntil"))).build();
        assertThat(validate(bytes(document))).isNotEmpty();

        JsonObject choice = root.getJsonObject("questionnaire").getJsonArray("questions").stream()
                .map(JsonValue::asJsonObject).filter(q -> q.getString("type").equals("CHOICE")).findFirst()
                .orElseThrow();
        JsonObject questionnaire = Json.createObjectBuilder(root.getJsonObject("questionnaire"))
                .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder(choice).remove("options")))
                .build();
        assertThat(validate(bytes(Json.createObjectBuilder(root).add("questionnaire", questionnaire).build())))
                .isNotEmpty();
    }
}

package com.laca.adapter.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.TreatmentCategory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadpony.justify.api.Problem;

@DisplayName("The shipped jurisdictions file and a deployment's example match their JSON Schema; the schema refuses "
        + "the broken files the loader refuses")
class JurisdictionsFileSchemaTest {

    private static List<Problem> validate(InputStream document) throws Exception {
        return SchemaValidation.problems("clinical-rules/jurisdictions.schema.json", document);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("The shipped jurisdictions file is valid against the schema")
    void shippedFileIsValid() throws Exception {
        assertThat(validate(SchemaValidation.resource(JsonJurisdictionsSource.BUNDLED))).isEmpty();
    }

    @Test
    @DisplayName("A deployment's file listing only Scotland is valid against the schema")
    void deploymentFileIsValid() throws Exception {
        assertThat(validate(bytes(BrokenJurisdictionFiles.SCOTLAND))).isEmpty();
    }

    @Test
    @DisplayName("The schema's statutory floor names exactly the categories restricted for minors")
    void floorNamesTheRestrictedCategories() throws Exception {
        JsonObject schema;
        try (InputStream in = SchemaValidation.resource("clinical-rules/jurisdictions.schema.json");
             JsonReader reader = Json.createReader(in)) {
            schema = reader.readObject();
        }
        JsonObject floorAges = schema.getValue("/definitions/jurisdiction/allOf/0/then/properties/minimumAges")
                .asJsonObject();
        List<String> restricted = Arrays.stream(TreatmentCategory.values())
                .filter(c -> c.clinicalProfile().restrictedForMinors()).map(Enum::name).toList();
        assertThat(floorAges.getJsonArray("required").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrderElementsOf(restricted);
        assertThat(floorAges.getJsonObject("properties").keySet()).containsExactlyInAnyOrderElementsOf(restricted);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("Each broken file fails the schema too")
    @MethodSource("com.laca.adapter.rules.json.BrokenJurisdictionFiles#schemaCases")
    void brokenFileFails(String what, String text, String reason) throws Exception {
        assertThat(validate(bytes(text))).as(what).isNotEmpty();
    }
}

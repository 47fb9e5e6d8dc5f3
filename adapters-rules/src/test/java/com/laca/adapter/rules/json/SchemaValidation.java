package com.laca.adapter.rules.json;

import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.leadpony.justify.api.JsonSchema;
import org.leadpony.justify.api.JsonValidationService;
import org.leadpony.justify.api.Problem;
import org.leadpony.justify.api.ProblemHandler;

/** Validates a document against one of the shipped JSON Schemas, so each file's schema test states only its cases. */
final class SchemaValidation {

    private static final JsonValidationService SERVICE = JsonValidationService.newInstance();

    private SchemaValidation() {
    }

    static InputStream resource(String name) {
        return SchemaValidation.class.getClassLoader().getResourceAsStream(name);
    }

    /** The schema's complaints about the document; empty when it is valid. */
    static List<Problem> problems(String schemaResource, InputStream document) throws Exception {
        JsonSchema schema;
        try (InputStream in = resource(schemaResource)) {
            schema = SERVICE.readSchema(in);
        }
        List<Problem> problems = new ArrayList<>();
        try (JsonReader reader = SERVICE.createReader(document, schema, ProblemHandler.collectingTo(problems))) {
            reader.readValue();
        }
        return problems;
    }
}

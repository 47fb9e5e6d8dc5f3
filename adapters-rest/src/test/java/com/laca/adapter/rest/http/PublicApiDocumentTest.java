package com.laca.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The public API description")
class PublicApiDocumentTest {

    /** A small document shaped like Payara's: inline copies of response schemas, and its own "endpoints" index. */
    private static final String FULL = """
            {
              "openapi": "3.0.0",
              "tags": [{"name": "Tenants (platform admin)"}, {"name": "Treatments"}, {"name": "Shared"},
                       {"name": "Unused"}],
              "paths": {
                "/api/admin/tenants": {
                  "post": {"tags": ["Tenants (platform admin)", "Shared"],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateTenantRequest"}}}},
                    "responses": {"201": {"content": {"application/json": {"schema":
                        {"type": "object", "properties": {"tenant": {"$ref": "#/components/schemas/Tenant"}}}}}}}}
                },
                "/api/admin/payments/dead-letters": {"get": {"tags": ["Tenants (platform admin)"],
                    "parameters": [{"$ref": "#/components/parameters/Limit"}]}},
                "/api/treatments": {
                  "get": {"tags": ["Treatments", "Shared"],
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Treatment"}}}}}}
                },
                "/api/administrators-handbook": {"get": {"tags": ["Treatments"]}}
              },
              "endpoints": {"/": ["/api/admin/tenants", "/api/admin/payments/dead-letters", "/api/treatments",
                                  "/api/administrators-handbook"]},
              "components": {
                "schemas": {
                  "CreateTenantRequest": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}},
                  "Owner": {"type": "object", "properties": {"email": {"type": "string"}}},
                  "CreatedTenant": {"type": "object", "properties": {"tenant": {"$ref": "#/components/schemas/Tenant"}}},
                  "Tenant": {"type": "object", "properties": {"slug": {"type": "string"}}},
                  "Treatment": {"type": "object", "properties": {"money": {"$ref": "#/components/schemas/Money"}}},
                  "Money": {"type": "object", "properties": {"minorUnits": {"type": "integer"}}},
                  "Problem": {"type": "object", "properties": {"title": {"type": "string"}}}
                },
                "parameters": {"Limit": {"name": "limit", "in": "query"}},
                "securitySchemes": {"bearerJwt": {"type": "http", "scheme": "bearer"}}
              }
            }""";

    private static JsonObject publicDocument() {
        try (var reader = Json.createReader(new StringReader(FULL))) {
            return PublicApiDocument.of(reader.readObject());
        }
    }

    @Test
    @DisplayName("leaves out every path of the platform administration, and only those")
    void withoutAdministrationPaths() {
        assertThat(publicDocument().getJsonObject("paths").keySet())
                .containsExactlyInAnyOrder("/api/treatments", "/api/administrators-handbook");
        assertThat(publicDocument().getJsonObject("endpoints").getJsonArray("/").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("/api/treatments", "/api/administrators-handbook");
    }

    @Test
    @DisplayName("leaves out the tags only the administration used, and keeps shared and unused ones")
    void withoutAdministrationTags() {
        assertThat(publicDocument().getJsonArray("tags").getValuesAs(JsonObject.class))
                .extracting(tag -> tag.getString("name")).containsExactly("Treatments", "Shared", "Unused");
    }

    @Test
    @DisplayName("leaves out the components only the administration used, through references or inline copies")
    void withoutAdministrationComponents() {
        JsonObject components = publicDocument().getJsonObject("components");
        assertThat(components.getJsonObject("schemas").keySet())
                .containsExactlyInAnyOrder("Treatment", "Money", "Problem");
        assertThat(components.getJsonObject("parameters").keySet()).isEmpty();
        assertThat(components.getJsonObject("securitySchemes").keySet()).containsExactly("bearerJwt");
    }

    @Test
    @DisplayName("changes nothing else")
    void keepsTheRest() {
        JsonObject document = publicDocument();
        assertThat(document.getString("openapi")).isEqualTo("3.0.0");
        assertThat(document.getJsonObject("paths").getJsonObject("/api/treatments"))
                .isEqualTo(Json.createReader(new StringReader(FULL)).readObject().getJsonObject("paths")
                        .getJsonObject("/api/treatments"));
    }

    @Test
    @DisplayName("as served has no endpoints index, each tag once, and security: [] where no token is needed")
    void standard() {
        JsonObject document = PublicApiDocument.standard(Json.createReader(new StringReader("""
                {"openapi": "3.0.0", "endpoints": {"/": ["/api/x"]},
                 "tags": [{"name": "A", "description": "first"}, {"name": "B"}, {"name": "A", "description": "again"}],
                 "paths": {"/api/x": {"get": {"operationId": "open"},
                                      "post": {"operationId": "closed", "security": [{"bearerJwt": []}]},
                                      "parameters": []}}}""")).readObject());
        assertThat(document).doesNotContainKey("endpoints");
        JsonObject item = document.getJsonObject("paths").getJsonObject("/api/x");
        assertThat(item.getJsonObject("get").getJsonArray("security")).isEmpty();
        assertThat(item.getJsonObject("post").getJsonArray("security")).hasSize(1);
        assertThat(item.getJsonArray("parameters")).isEmpty();
        assertThat(document.getJsonArray("tags").getValuesAs(JsonObject.class))
                .extracting(tag -> tag.getString("name") + ":" + tag.getString("description", ""))
                .containsExactly("A:first", "B:");
    }
}

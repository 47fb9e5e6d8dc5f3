package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that cannot be shown or read back (a NUL, control characters, invisible or direction-changing characters) is
 * refused in every text field with a 400 naming the field, and changes nothing; text in any script round-trips
 * exactly; and a row whose stored text breaks the rules (one written before them, or by hand) never takes a list, the
 * public menu or availability down, and can be corrected and deleted.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Text fields accept what people write and refuse what no one can read")
class TextFieldsE2EIT {

    /** JSON string contents that must never be stored in a one-line field, written as JSON escapes. */
    private static final List<String> UNREADABLE = List.of("\\u0000", "A\\u0000", "\\u0007bell", "\\u001b[31mred",
            "\\u202Eevil", "zero\\u200Bwidth", "\\uFEFFbom", "lone\\uD800", "\\u2028", "two\\nlines", "\\u007F");

    private static Api owner;
    private static String locationId;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
        locationId = owner.get("/api/locations").json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    /** A request with one text field set to {@code TEXT}; what it creates is counted at {@code countPath}. */
    record TextField(String field, String method, String path, String bodyTemplate, String countPath) {

        @Override
        public String toString() {
            return method + " " + path + " " + field;
        }
    }

    static Stream<TextField> textFields() {
        String treatment = """
                {"name": "%s", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 100,
                 "description": "%s"}""";
        String location = """
                {"name": "%s", "zone": "Europe/London",
                 "address": {"line1": "%s", "line2": "%s", "city": "%s", "postcode": "%s", "country": "GB"}}""";
        String client = """
                {"treatment": "%s", "start": "2031-01-06T10:00:00Z", "practitioner": "any",
                 "client": {"firstName": "%s", "lastName": "%s", "email": "text@example.com",
                            "phone": "07700 900123", "dateOfBirth": "1990-04-15"}}""";
        return Stream.of(
                new TextField("name", "POST", "/api/treatments", treatment.formatted("TEXT", "ok"), "/api/treatments"),
                new TextField("name", "POST", "/api/locations", location.formatted("TEXT", "1 St", "", "Bath", "BA1"),
                        "/api/locations"),
                new TextField("address.line1", "POST", "/api/locations",
                        location.formatted("Site", "TEXT", "", "Bath", "BA1"), "/api/locations"),
                new TextField("address.line2", "POST", "/api/locations",
                        location.formatted("Site", "1 St", "TEXT", "Bath", "BA1"), "/api/locations"),
                new TextField("address.city", "POST", "/api/locations",
                        location.formatted("Site", "1 St", "", "TEXT", "BA1"), "/api/locations"),
                new TextField("address.postcode", "POST", "/api/locations",
                        location.formatted("Site", "1 St", "", "Bath", "TEXT"), "/api/locations"),
                new TextField("displayName", "POST", "/api/practitioners",
                        "{\"displayName\": \"TEXT\", \"qualifications\": [\"NURSE\"]}", "/api/practitioners"),
                new TextField("name", "POST", "/api/resources",
                        "{\"locationId\": \"LOCATION\", \"name\": \"TEXT\", \"type\": \"TREATMENT_ROOM\"}",
                        "/api/resources"),
                new TextField("name", "PUT", "/api/closures/2031-01-07", "{\"name\": \"TEXT\"}", null),
                new TextField("displayName", "POST", "/api/staff",
                        "{\"email\": \"text-UNIQUE@demo-clinic.test\", \"displayName\": \"TEXT\","
                                + " \"roles\": [\"FRONTDESK\"]}", null),
                new TextField("client.firstName", "POST", "/api/public/" + Sessions.DEMO + "/bookings",
                        client.formatted(UUID.randomUUID(), "TEXT", "Jones"), null),
                new TextField("client.lastName", "POST", "/api/public/" + Sessions.DEMO + "/bookings",
                        client.formatted(UUID.randomUUID(), "Emma", "TEXT"), null));
    }

    static Stream<Arguments> unreadableTextInEveryField() {
        return textFields().flatMap(field -> UNREADABLE.stream().map(text -> Arguments.of(field, text)));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("unreadableTextInEveryField")
    @DisplayName("Unreadable text in any field is a 400 naming the field, and nothing is created")
    void refusesUnreadableText(TextField field, String text) {
        long before = field.countPath() == null ? 0 : total(field.countPath());
        String body = field.bodyTemplate().replace("LOCATION", locationId)
                .replace("UNIQUE", UUID.randomUUID().toString()).replace("TEXT", text);
        Api api = field.path().startsWith("/api/public/") ? Api.anonymous() : owner;

        Api.Response response = api.send(field.method(), field.path(), body, Map.of());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getJsonArray("errors")).as(response.toString())
                .extracting(error -> error.asJsonObject().getString("field")).containsExactly(field.field());
        if (field.countPath() != null) {
            assertThat(total(field.countPath())).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("A platform administrator cannot name a clinic or its owner with unreadable text either")
    void tenantNames() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String unreadable = "\\u202EClinic";
        for (String field : List.of("name", "ownerName")) {
            String slug = "text-" + UUID.randomUUID().toString().substring(0, 8);
            Api.Response response = admin.post("/api/admin/tenants", """
                    {"slug": "%s", "name": "%s", "zone": "Europe/London", "currency": "GBP",
                     "ownerEmail": "owner@%s.example", "ownerName": "%s"}""".formatted(slug,
                    field.equals("name") ? unreadable : "Clinic", slug,
                    field.equals("ownerName") ? unreadable : "Owner"));
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                    .containsExactly(field);
        }
    }

    @Test
    @DisplayName("Names in any script, emoji sequences and a description over several lines read back exactly")
    void realTextRoundTrips() {
        String name = "Caf\u00e9 \u2728 \ud83d\udc69\u200d\u2695\ufe0f \u0639\u064a\u0627\u062f\u0629 Glow";
        Api.Response created = owner.post("/api/treatments", """
                {"name": "%s", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 100,
                 "description": "Step one.\\nStep two:\\tdone."}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        JsonObject read = owner.get("/api/treatments/" + created.string("id")).json();
        assertThat(read.getString("name")).isEqualTo(name);
        assertThat(read.getString("description")).isEqualTo("Step one.\nStep two:\tdone.");
    }

    @Test
    @DisplayName("Rows whose stored text breaks the rules keep the lists, the public menu and availability up,"
            + " and can be corrected and deleted (PostgreSQL: rows are changed past the application)")
    void unreadableRowsDoNotTakeTheClinicDown() throws SQLException {
        Assumptions.assumeTrue(RunningServer.get().onPostgres(),
                "rows can be changed past the running server only on PostgreSQL; H2StoredTextIT covers H2");
        BookingFixture clinic = BookingFixture.everyDay("text");
        Api.Response room = owner.post("/api/resources", """
                {"locationId": "%s", "name": "Room", "type": "TREATMENT_ROOM"}""".formatted(clinic.location));
        assertThat(room.status()).as(room.toString()).isEqualTo(201);
        String tenant = demoTenantId();

        writeBehindTheApplication(tenant, "update treatments set name = '' where id = ?", clinic.treatment);
        writeBehindTheApplication(tenant, "update locations set name = chr(8238) || 'evil', city = ' '"
                + " where id = ?", clinic.location);
        writeBehindTheApplication(tenant, "update practitioners set display_name = chr(7) where id = ?",
                clinic.practitioner);
        writeBehindTheApplication(tenant, "update resources set name = 'Room' || chr(1) where id = ?",
                room.string("id"));
        assertThat(owner.post("/api/locations", """
                {"name": "Bump", "zone": "Europe/London",
                 "address": {"line1": "1 St", "city": "Bath", "postcode": "BA1", "country": "GB"}}""").status())
                .as("a change through the API, so cached reference data is read again").isEqualTo(201);

        assertThat(itemOf(owner.get("/api/treatments?size=100"), clinic.treatment).getString("name"))
                .isEqualTo("(no name)");
        JsonObject location = itemOf(owner.get("/api/locations?size=100"), clinic.location);
        assertThat(location.getString("name")).isEqualTo("evil");
        assertThat(location.getJsonObject("address").getString("city")).isEqualTo("(no city)");
        assertThat(itemOf(owner.get("/api/practitioners?size=100"), clinic.practitioner).getString("displayName"))
                .isEqualTo("(no display name)");
        assertThat(itemOf(owner.get("/api/resources?size=100"), room.string("id")).getString("name"))
                .isEqualTo("Room");
        Api.Response menu = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments");
        assertThat(menu.status()).as(menu.toString()).isEqualTo(200);
        assertThat(menu.body()).contains(clinic.treatment);
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 2);
        assertThat(clinic.availability(day, day).status()).isEqualTo(200);

        Api.Response read = owner.get("/api/treatments/" + clinic.treatment);
        Api.Response corrected = owner.put("/api/treatments/" + clinic.treatment, """
                {"name": "Corrected", "category": "SKIN", "description": null, "durationMinutes": 30,
                 "bufferBeforeMinutes": 0, "bufferAfterMinutes": 0, "priceMinorUnits": 5000,
                 "requiredQualification": null, "requiredResourceTypes": [], "slotStepMinutes": 30,
                 "minimumNoticeMinutes": 60, "maximumAdvanceDays": 366, "deposit": null, "active": true}""",
                Sessions.ifMatch(read.json().getJsonNumber("version").longValue()));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.string("name")).isEqualTo("Corrected");
        Api.Response readRoom = owner.get("/api/resources/" + room.string("id"));
        assertThat(owner.delete("/api/resources/" + room.string("id"),
                Sessions.ifMatch(readRoom.json().getJsonNumber("version").longValue())).status()).isEqualTo(204);
    }

    private static long total(String path) {
        Api.Response list = owner.get(path);
        assertThat(list.status()).as("the list %s still answers: %s", path, list).isEqualTo(200);
        return list.json().getJsonNumber("total").longValue();
    }

    private static JsonObject itemOf(Api.Response list, String id) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static String demoTenantId() {
        return Api.withToken(Sessions.platformAdmin()).get("/api/admin/tenants?size=100").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(t -> t.getString("slug").equals(Sessions.DEMO))
                .findFirst().orElseThrow().getString("id");
    }

    /** Changes a row as the application role, in the tenant's row-level security scope, but past the application. */
    private static void writeBehindTheApplication(String tenant, String sql, String id) throws SQLException {
        PostgresTestServerDatabase database = (PostgresTestServerDatabase) RunningServer.get().database();
        try (Connection connection = database.appDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement scope = connection.prepareStatement("select set_config('app.tenant_id', ?, true)");
                 PreparedStatement change = connection.prepareStatement(sql)) {
                scope.setString(1, tenant);
                scope.execute();
                change.setString(1, id);
                assertThat(change.executeUpdate()).as(sql).isEqualTo(1);
            }
            connection.commit();
        }
    }
}

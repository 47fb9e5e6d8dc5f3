package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.identity.Permission;
import com.laca.domain.identity.PermissionMatrix;
import com.laca.domain.identity.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every staff endpoint: the answer must be exactly what the domain's permission matrix says, so
 * an endpoint that forgets its check, or checks the wrong permission, fails here.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Each role may use exactly the endpoints the permission matrix grants it")
class RoleMatrixE2EIT {

    private static final Set<Role> CLINIC_ROLES = Set.of(Role.OWNER, Role.MANAGER, Role.PRACTITIONER, Role.FRONTDESK,
            Role.FINANCE, Role.INSTRUCTOR);
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static String anyLocationId;
    private static String anyClientId;
    private static String anOwnerId;
    /** A demo treatment, for the description drafts (issue 15, site content). */
    private static String aTreatmentId;
    private static String anyCourseId;
    /** Academy: a trainee none of the matrix's callers is, whose registration they record and verify. */
    private static String aRegistrationHolderId;

    /** One endpoint call and the permission it needs. */
    record Endpoint(String method, String path, String body, Permission needs) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void signInEveryRole() {
        for (Role role : CLINIC_ROLES) {
            TOKENS.put(role, Sessions.newDemoStaff(Set.of(role.name())));
        }
        TOKENS.put(Role.PLATFORM_ADMIN, Sessions.platformAdmin());
        // academy: a trainee signs in with a STUDENT account the academy created
        TOKENS.put(Role.STUDENT, Sessions.newDemoTrainee());
        anyLocationId = Api.withToken(Sessions.demoOwner()).get("/api/locations").json().getJsonArray("items")
                .getJsonObject(0).getString("id");
        aTreatmentId = Api.withToken(Sessions.demoOwner()).get("/api/treatments").json().getJsonArray("items")
                .getJsonObject(0).getString("id");
        anOwnerId = Api.withToken(Sessions.demoOwner()).get("/api/staff").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(a -> a.getJsonArray("roles").toString().contains("\"OWNER\""))
                .findFirst().orElseThrow().getString("id");
        // academy practice: any course of the demo academy, for the sign-off queue
        anyCourseId = Api.withToken(Sessions.demoOwner()).get("/api/academy/courses").json().getJsonArray("items")
                .getJsonObject(0).getString("id");
        // academy registrations: verifying one's own is refused (409), so the callers verify another person's
        aRegistrationHolderId = Api.withToken(Sessions.demoOwner()).post("/api/academy/trainees",
                "{\"email\": \"registered-%s@demo-clinic.test\", \"displayName\": \"Registered\"}"
                        .formatted(java.util.UUID.randomUUID())).string("userId");
        assertThat(Api.withToken(Sessions.demoOwner()).send("PUT", "/api/academy/registrations/"
                + aRegistrationHolderId + "/GDC", "{\"number\": \"654321\"}", Map.of()).status()).isEqualTo(200);
        anyClientId = Api.withToken(Sessions.demoOwner()).post("/api/clients", """
                {"firstName": "Matrix", "lastName": "Notes", "dateOfBirth": "1990-01-01",
                 "email": "matrix-notes-%s@example.com", "phone": "07700 900123",
                 "contactPreferences": {"email": true, "sms": false, "phoneCalls": false},
                 "marketing": {"messages": false, "photos": false}}""".formatted(java.util.UUID.randomUUID()))
                .string("id");
    }

    static Stream<Endpoint> endpoints() {
        String location = """
                {"name": "Matrix", "zone": "Europe/London",
                 "address": {"line1": "1 Matrix Way", "city": "London", "postcode": "E1 1AA", "country": "GB"}}""";
        String treatment = """
                {"name": "Matrix peel", "category": "CHEMICAL_PEEL", "durationMinutes": 30,
                 "bufferBeforeMinutes": 0, "bufferAfterMinutes": 0, "priceMinorUnits": 100}""";
        String practitioner = "{\"displayName\": \"Matrix\", \"qualifications\": [\"NURSE\"]}";
        String client = """
                {"firstName": "Matrix", "lastName": "Client", "dateOfBirth": "1990-01-01",
                 "email": "matrix-%s@example.com", "phone": "07700 900123",
                 "contactPreferences": {"email": true, "sms": false, "phoneCalls": false},
                 "marketing": {"messages": false, "photos": false}}""";
        String invite = "{\"email\": \"matrix-%s@demo-clinic.test\", \"displayName\": \"M\", \"roles\": [\"FRONTDESK\"]}";
        return Stream.of(
                new Endpoint("GET", "/api/locations", null, Permission.SETTINGS_VIEW),
                new Endpoint("POST", "/api/locations", location, Permission.SETTINGS_MANAGE),
                new Endpoint("GET", "/api/practitioners", null, Permission.SETTINGS_VIEW),
                new Endpoint("POST", "/api/practitioners", practitioner, Permission.SETTINGS_MANAGE),
                new Endpoint("GET", "/api/resources", null, Permission.SETTINGS_VIEW),
                new Endpoint("POST", "/api/resources", "{\"locationId\": \"LOCATION\", \"name\": \"Matrix room\","
                        + " \"type\": \"TREATMENT_ROOM\"}", Permission.SETTINGS_MANAGE),
                new Endpoint("GET", "/api/treatments", null, Permission.SETTINGS_VIEW),
                new Endpoint("POST", "/api/treatments", treatment, Permission.SETTINGS_MANAGE),
                new Endpoint("GET", "/api/staff", null, Permission.STAFF_MANAGE),
                new Endpoint("POST", "/api/staff", invite, Permission.STAFF_MANAGE),
                new Endpoint("GET", "/api/settings/booking", null, Permission.SETTINGS_VIEW),
                new Endpoint("GET", "/api/admin/tenants", null, Permission.TENANTS_MANAGE),
                // academy
                new Endpoint("GET", "/api/academy/trainees", null, Permission.ENROLMENTS_MANAGE),
                new Endpoint("POST", "/api/academy/trainees", "{\"email\": \"trainee-%s@demo-clinic.test\","
                        + " \"displayName\": \"T\"}", Permission.ENROLMENTS_MANAGE),
                new Endpoint("GET", "/api/academy/me", null, Permission.LEARN),
                // client records (issue 11)
                new Endpoint("GET", "/api/clients?q=matrix", null, Permission.CLIENTS_VIEW),
                new Endpoint("POST", "/api/clients", client, Permission.CLIENTS_MANAGE),
                new Endpoint("GET", "/api/clients/CLIENT/notes", null, Permission.CLIENTS_VIEW),
                new Endpoint("POST", "/api/clients/CLIENT/notes", "{\"kind\": \"CLINICAL\", \"text\": \"Matrix\"}",
                        Permission.CLINICAL_READ),
                new Endpoint("GET", "/api/clients/CLIENT/access-audit", null, Permission.RECORDS_AUDIT),
                // --- issue 11: treatment records (signing needs a completed appointment: TreatmentRecordsE2EIT) ---
                new Endpoint("GET", "/api/clients/CLIENT/treatment-records", null, Permission.CLINICAL_READ),
                new Endpoint("GET", "/api/treatment-records/recall?lot=MATRIX&from=2026-01-01&to=2026-12-31", null,
                        Permission.RECORDS_AUDIT),
                // --- issue 11: subject-access export (owner only; the archive itself in TreatmentRecordsE2EIT) ---
                new Endpoint("POST", "/api/clients/CLIENT/subject-access-export", null, Permission.RECORDS_AUDIT),
                // --- issue 11: erasure on request (owner only; what it erases and keeps in ClientErasureE2EIT) ---
                new Endpoint("POST", "/api/clients/CLIENT/erasure", null, Permission.RECORDS_AUDIT),
                // --- issue 11: legal holds (owner only; release and its effect on erasure in ClientErasureE2EIT) ---
                new Endpoint("GET", "/api/clients/CLIENT/legal-holds", null, Permission.RECORDS_AUDIT),
                new Endpoint("POST", "/api/clients/CLIENT/legal-holds", "{\"reason\": \"Matrix\"}",
                        Permission.RECORDS_AUDIT),
                // notifications (issue 12): the outbox viewer shows invitation links, so it needs STAFF_MANAGE
                new Endpoint("GET", "/api/notifications/outbox", null, Permission.STAFF_MANAGE),
                new Endpoint("GET", "/api/notifications/dead-letters", null, Permission.SETTINGS_MANAGE),
                new Endpoint("GET", "/api/admin/notifications/" + java.util.UUID.randomUUID() + "/outbox", null,
                        Permission.TENANTS_MANAGE),
                // --- issue 12: the clinic's own templates (read-only calls; storing is in NotificationTemplatesE2EIT) ---
                new Endpoint("GET", "/api/notifications/templates", null, Permission.SETTINGS_MANAGE),
                new Endpoint("POST", "/api/notifications/templates/booking-confirmed/email/en-GB/preview", "{}",
                        Permission.SETTINGS_MANAGE),
                new Endpoint("GET", "/api/notifications/settings", null, Permission.SETTINGS_MANAGE),
                // --- end issue 12 ---
                // --- issue 12 (notify): when messages go (read-only; storing is in NotificationsE2EIT) ---
                new Endpoint("GET", "/api/notifications/timing", null, Permission.SETTINGS_MANAGE),
                // --- end issue 12 (notify) ---
                new Endpoint("GET", "/api/academy/courses", null, Permission.COURSES_VIEW),
                new Endpoint("POST", "/api/academy/courses", "{\"title\": \"Matrix course\"}",
                        Permission.COURSES_MANAGE),
                new Endpoint("GET", "/api/academy/me/courses", null, Permission.LEARN),
                new Endpoint("GET", "/api/academy/me/certificates", null, Permission.LEARN),
                // --- issue 14 leftovers: question banks ---
                new Endpoint("GET", "/api/academy/question-banks", null, Permission.COURSES_VIEW),
                new Endpoint("POST", "/api/academy/question-banks", "{\"title\": \"Matrix bank %s\"}",
                        Permission.COURSES_MANAGE),
                // --- issue 14: academy practice (the trainee's own log is proven in AcademyPracticeE2EIT) ---
                new Endpoint("GET", "/api/academy/registrations/REGISTERED", null, Permission.ENROLMENTS_MANAGE),
                new Endpoint("PUT", "/api/academy/registrations/REGISTERED/GDC", "{\"number\": \"654321\"}",
                        Permission.ENROLMENTS_MANAGE),
                new Endpoint("POST", "/api/academy/registrations/REGISTERED/GDC/verification", null,
                        Permission.REGISTRATIONS_VERIFY),
                new Endpoint("GET", "/api/academy/practice/cases?courseId=COURSE", null, Permission.CASELOG_SIGN_OFF),
                // Booking page and branding (issue 15); the PUT, which needs If-Match, is in BookingPageE2EIT.
                new Endpoint("GET", "/api/settings/branding", null, Permission.SETTINGS_VIEW),
                // clinical safety (issue 10): recording a consultation (clinical:decide) needs a stored client and
                // prescriber, so its 403 for reception is proven in ClinicalSafetyE2EIT
                new Endpoint("GET", "/api/clinical/clients/" + java.util.UUID.randomUUID() + "/consultations", null,
                        Permission.CLINICAL_READ),
                // --- issue 10: the remaining legal gates and settings ---
                new Endpoint("GET", "/api/clinical/clients/CLIENT/safety", null, Permission.CLINICAL_READ),
                new Endpoint("POST", "/api/clinical/clients/CLIENT/id-checks",
                        "{\"documentType\": \"PASSPORT\", \"dateOfBirthShown\": \"1990-04-15\"}",
                        Permission.CLINICAL_READ),
                new Endpoint("GET", "/api/clinical/settings", null, Permission.SETTINGS_VIEW),
                // --- issue 10: consent templates and the clinical audit log ---
                new Endpoint("GET", "/api/consent-templates", null, Permission.CONSENT_MANAGE),
                new Endpoint("GET", "/api/clinical-audit/verification", null, Permission.CLINICAL_READ),
                // owner's dashboard (issue 15, reporting): money figures are left out, not refused, without PAYMENTS_VIEW
                new Endpoint("GET", "/api/reports/dashboard", null, Permission.APPOINTMENTS_VIEW),
                // --- issue 15, site content: drafted treatment descriptions (review and publish: DescriptionDraftsE2EIT) ---
                new Endpoint("GET", "/api/description-drafts?treatmentId=A_TREATMENT_ID", null,
                        Permission.SETTINGS_VIEW),
                new Endpoint("POST", "/api/description-drafts", "{\"treatmentId\": \"A_TREATMENT_ID\"}",
                        Permission.SETTINGS_MANAGE),
                // --- end issue 15, site content ---
                // --- issue 9: linking a staff account to its practitioner record (here: unlinking an owner, which
                // changes nothing); acting on a colleague's appointment (APPOINTMENTS_MANAGE_ANY) depends on the
                // appointment, so it is proven in PractitionerCalendarE2EIT ---
                new Endpoint("PUT", "/api/staff/OWNER_ID/practitioner", "{\"practitionerId\": null}",
                        Permission.SETTINGS_MANAGE),
                // --- issue 9 (desk): the owner's money view (notes and cancellation reasons act on one appointment,
                // so they are proven in DeskRecordsE2EIT) ---
                new Endpoint("GET", "/api/reports/money?from=2026-12-01&to=2026-12-31&by=month", null,
                        Permission.REPORTS_MONEY));
    }

    static Stream<Arguments> roleTimesEndpoint() {
        return endpoints().flatMap(e -> Stream.concat(CLINIC_ROLES.stream(), Stream.of(Role.PLATFORM_ADMIN, Role.STUDENT))
                .sorted().map(role -> Arguments.of(role, e)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("roleTimesEndpoint")
    @DisplayName("role × endpoint")
    void matrix(Role role, Endpoint endpoint) {
        String body = endpoint.body() == null ? null
                : endpoint.body().replace("LOCATION", anyLocationId).replace("A_TREATMENT_ID", aTreatmentId)
                        .replace("%s", java.util.UUID.randomUUID().toString());
        Api.Response response = Api.withToken(TOKENS.get(role)).send(endpoint.method(),
                endpoint.path().replace("CLIENT", anyClientId).replace("OWNER_ID", anOwnerId)
                        .replace("A_TREATMENT_ID", aTreatmentId)
                        .replace("COURSE", anyCourseId).replace("REGISTERED", aRegistrationHolderId), body, Map.of());
        if (PermissionMatrix.allows(role, endpoint.needs())) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }
}

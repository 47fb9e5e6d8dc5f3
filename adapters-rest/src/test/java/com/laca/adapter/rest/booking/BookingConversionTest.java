package com.laca.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.booking.TransitionRefusal;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BookingConversionTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String TREATMENT = UUID.randomUUID().toString();

    @Test
    @DisplayName("a booking body binds as the server binds it, with or without the staff's overlap reason, and only "
            + "a staff command carries the reason")
    void bindsWithJsonB() {
        String body = """
                {"treatment": "%s", "start": "2026-12-01T09:00:00Z", "practitioner": "any",
                 "client": {"firstName": "Emma", "lastName": "Jones", "email": "emma@example.com",
                            "phone": "07700 900123", "dateOfBirth": "1990-04-15"}%s}""";
        TenantId tenant = TenantId.random();
        LocalDate today = LocalDate.of(2026, 11, 30);
        jakarta.json.bind.Jsonb jsonb = new com.laca.adapter.rest.common.StrictJson().getContext(Object.class);

        BookingRequest plain = jsonb.fromJson(body.formatted(UUID.randomUUID(), ""), BookingRequest.class);
        BookingRequest staff = jsonb.fromJson(body.formatted(UUID.randomUUID(),
                ", \"clientOverlapReason\": \"side by side\""), BookingRequest.class);

        assertThat(plain.toStaffCommand(tenant, today).overlapReason()).isEmpty();
        assertThat(staff.toCommand(tenant, today).overlapReason()).isEmpty();
        assertThat(staff.toStaffCommand(tenant, today).overlapReason()).contains("side by side");
    }

    @Test
    @DisplayName("a booking with \"any\" practitioner and a summer-time start becomes a command for the same instant")
    void anyPractitioner() {
        BookAppointmentCommand command = request("2027-06-01T09:00:00+01:00", "any", client("1990-04-15"))
                .toCommand(TENANT, TODAY);

        assertThat(command.start()).isEqualTo(Instant.parse("2027-06-01T08:00:00Z"));
        assertThat(command.practitioner()).isEmpty();
        assertThat(command.location()).isEmpty();
        assertThat(command.client().email()).isEqualTo("emma@example.com");
    }

    @Test
    @DisplayName("bad booking data is refused naming the field the client must correct")
    void badFields() {
        assertField(() -> request("tomorrow", "any", client("1990-04-15")).toCommand(TENANT, TODAY), "start");
        assertField(() -> request("2027-06-01T09:00:00", "any", client("1990-04-15")).toCommand(TENANT, TODAY),
                "start");
        assertField(() -> request("2027-06-01T09:00:00Z", "Dr Hart", client("1990-04-15")).toCommand(TENANT, TODAY),
                "practitioner");
        assertThat(jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator()
                .validate(request("2027-06-01T09:00:00Z", "any", null)))
                .extracting(v -> v.getPropertyPath().toString() + " " + v.getMessage())
                .containsExactly("client is required");
        assertField(() -> request("2027-06-01T09:00:00Z", "any", client("2030-01-01")).toCommand(TENANT, TODAY),
                "client.dateOfBirth");
        assertField(() -> request("2027-06-01T09:00:00Z", "any",
                new ClientJson("Emma", "W", "not-an-address", "07700 900123", "1990-04-15")).toCommand(TENANT, TODAY),
                "client.email");
        assertField(() -> request("2027-06-01T09:00:00Z", "any",
                new ClientJson("Emma", "W", "emma@example.com", "call me", "1990-04-15")).toCommand(TENANT, TODAY),
                "client.phone");
        assertThat(jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator()
                .validate(request("2027-06-01T09:00:00Z", "any",
                        new ClientJson(" ", "W", "emma@example.com", "07700 900123", "1990-04-15"))))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("client.firstName");
    }

    @Test
    @DisplayName("date ranges are refused when reversed or longer than allowed, naming 'to'")
    void ranges() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        Dates.requireSpan(from, from.plusDays(30), 31, "to");
        assertField(() -> Dates.requireSpan(from, from.plusDays(31), 31, "to"), "to");
        assertField(() -> Dates.requireSpan(from, from.minusDays(1), 31, "to"), "to");
    }

    @Test
    @DisplayName("slot times keep the location's offset, so the repeated hour reads as two different times")
    void offsets() {
        assertThat(Dates.format(Instant.parse("2027-10-31T00:30:00Z"), ZoneOffset.ofHours(1)))
                .isEqualTo("2027-10-31T01:30:00+01:00");
        assertThat(Dates.format(Instant.parse("2027-10-31T01:30:00Z"), ZoneOffset.UTC))
                .isEqualTo("2027-10-31T01:30:00Z");
        assertThat(Dates.format(Instant.parse("2026-11-24T05:45:20.348336394Z"), ZoneOffset.UTC))
                .as("a hold expiry reads the same in the booking answer and, re-read from the database, later")
                .isEqualTo("2026-11-24T05:45:20Z");
    }

    @Test
    @DisplayName("a taken slot becomes a 409 problem carrying the reason and the page's sentence")
    void slotUnavailableIsConflict() {
        var response = BookingResponses.created(new BookingResult.SlotUnavailable(RejectionReason.PRACTITIONER_BUSY,
                "That time has just been taken."), booked -> null, null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        RefusalProblem problem = (RefusalProblem) response.getEntity();
        assertThat(problem.reason()).isEqualTo("PRACTITIONER_BUSY");
        assertThat(problem.type()).isEqualTo("https://laca.dev/problems/slot-unavailable");
        assertThat(problem.detail()).isEqualTo("That time has just been taken.");
    }

    @Test
    @DisplayName("a safety refusal becomes a 409 treatment-not-allowed problem with the safety reason and plain words")
    void safetyRefusedIsConflict() {
        var response = BookingResponses.created(new BookingResult.SafetyRefused("UNDER_MINIMUM_AGE",
                "By law in England this treatment cannot be given to anyone under 18.",
                java.util.Optional.empty()), booked -> null, null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        RefusalProblem problem = (RefusalProblem) response.getEntity();
        assertThat(problem.reason()).isEqualTo("UNDER_MINIMUM_AGE");
        assertThat(problem.type()).isEqualTo("https://laca.dev/problems/treatment-not-allowed");
        assertThat(problem.detail()).contains("under 18");
    }

    @Test
    @DisplayName("a booking that can no longer be moved becomes a 409 transition-refused problem with the reason")
    void refusedMoveIsConflict() {
        var response = BookingResponses.moved(new BookingResult.Refused(TransitionRefusal.ILLEGAL_TRANSITION,
                "a CANCELLED appointment cannot be rescheduled"), null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        RefusalProblem problem = (RefusalProblem) response.getEntity();
        assertThat(problem.reason()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(problem.type()).isEqualTo("https://laca.dev/problems/transition-refused");
        assertThat(problem.detail()).isEqualTo("a CANCELLED appointment cannot be rescheduled");
    }

    @Test
    @DisplayName("a card deposit tells the page what to collect and by when; desk and no deposit say so plainly")
    void depositInstructions() {
        DepositResponse card = DepositResponse.from(new DepositInstructions.PayByCard(new PaymentIntentId("pi_1"),
                "pi_1_secret_abc", "pk_test_1", Money.of(2_000, "GBP"), Instant.parse("2027-06-01T08:15:00Z")),
                ZoneOffset.ofHours(1));

        assertThat(card).isEqualTo(new DepositResponse(2_000, "GBP", "CARD_PAYMENT_DUE", "pi_1_secret_abc",
                "pk_test_1", "2027-06-01T09:15:00+01:00"));
        assertThat(card.toString()).doesNotContain("secret_abc");
        assertThat(DepositResponse.from(new DepositInstructions.PayAtDesk(Money.of(2_000, "GBP")), ZoneOffset.UTC))
                .isEqualTo(new DepositResponse(2_000, "GBP", "DUE_AT_DESK", null, null, null));
        assertThat(DepositResponse.from(new DepositInstructions.NoDeposit(), ZoneOffset.UTC)).isNull();
    }

    @Test
    @DisplayName("the client's personal data never appears in a request's text form")
    void noPiiInToString() {
        assertThat(request("2027-06-01T09:00:00Z", "any", client("1990-04-15")).toString())
                .doesNotContain("emma").doesNotContain("07700");
    }

    private static BookingRequest request(String start, String practitioner, ClientJson client) {
        return new BookingRequest(TREATMENT, start, practitioner, null, client, null);
    }

    private static ClientJson client(String dateOfBirth) {
        return new ClientJson("Emma", "Watson", "emma@example.com", "07700 900123", dateOfBirth);
    }

    private static void assertField(ThrowingCallable conversion, String field) {
        assertThatThrownBy(conversion).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
    }
}

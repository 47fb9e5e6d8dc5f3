package com.laca.application.safety.service;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.safety.InMemoryClinicalRecordRepository;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.adapter.rules.json.JsonJurisdictionsSource;
import com.laca.adapter.rules.json.JsonRuleSetSource;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.booking.service.ManageOwnBookingService;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.safety.port.in.DecideReviewCommand;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.application.safety.port.in.ScreeningResult;
import com.laca.application.safety.port.in.SubmitScreeningCommand;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.Questionnaire;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.safety.RuleSet;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PractitionerId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Booking asks the safety policy inside the one booking check, before anything is written")
class SafetyGatedBookingTest {

    /** Wednesday 3 June 2026: born 4 June 2008 is 17 that day, born 3 June 2008 is 18. */
    private static final LocalDate SEVENTEEN = LocalDate.of(2008, 6, 4);
    private static final LocalDate EIGHTEEN_TODAY = LocalDate.of(2008, 6, 3);

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(ports, new PayAtClinicPaymentGateway());
    private final InMemoryClinicalRecordRepository records = new InMemoryClinicalRecordRepository(ports.tx());
    private final BookingSafetyService safety = new BookingSafetyService(
            () -> new RuleSet("test-1", new Questionnaire("q-1", List.of()), List.of()),
            JsonJurisdictionsSource.bundled(), records, SafetySettings.defaults());
    private final BookAppointmentService booking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(ports.tx(), new PayAtClinicPaymentGateway(), ports.connectedAccounts(),
                    ports.paymentIntents(), ports.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.DEFAULT, ports.bookingLimitLock(), safety);
    private final ManageOwnBookingService manage = new ManageOwnBookingService(clinic.bookingPorts,
            new DepositSettlementService(ports.tx(), ports.paymentLedgers(), ports.paymentIntents(),
                    ports.connectedAccounts(), new PayAtClinicPaymentGateway(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, safety);
    private final Treatment filler = clinic.store(treatment("Lip filler", TreatmentCategory.DERMAL_FILLER));
    private final Treatment facial = clinic.store(treatment("Facial", TreatmentCategory.SKIN));

    private static Treatment treatment(String name, TreatmentCategory category) {
        Treatment like = BookingFixture.treatment(name, Qualification.NURSE, Set.of(), DepositPolicy.none());
        return new Treatment(like.id(), like.name(), category, null, like.duration(), like.bufferBefore(),
                like.bufferAfter(), like.price(), like.requiredQualification(), like.requiredResourceTypes(),
                like.bookingWindow(), like.depositPolicy(), true, 0);
    }

    private static String email() {
        return "client-" + UUID.randomUUID() + "@example.com";
    }

    private BookAppointmentCommand command(Treatment treatment, String email, LocalDate dateOfBirth) {
        return new BookAppointmentCommand(clinic.tenant, treatment.id(), WEDNESDAY_10AM, Optional.empty(),
                Optional.empty(), new ClientDetails("Cara", "Client", email, "07700 900123", dateOfBirth));
    }

    private void assertNothingStored(String email) {
        ports.tx().inTenant(clinic.tenant, () -> {
            assertThat(ports.clients().findByEmail(new EmailAddress(email))).as("client").isEmpty();
            assertThat(ports.appointments().calendar(TimeRange.of(WEDNESDAY_10AM.minus(Duration.ofDays(1)),
                    Duration.ofDays(2)), Optional.empty(), Optional.empty())).as("appointments").isEmpty();
            return null;
        });
    }

    @Test
    @DisplayName("A 17-year-old's public filler booking is refused with the law's reason, and nothing is stored")
    void underEighteenPublic() {
        String email = email();

        BookingResult result = booking.book(command(filler, email, SEVENTEEN));

        assertThat(result).isInstanceOfSatisfying(BookingResult.SafetyRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo("UNDER_MINIMUM_AGE");
            assertThat(refused.message()).contains("under 18");
            assertThat(refused.allowedFrom()).contains(LocalDate.of(2026, 6, 4));
        });
        assertNothingStored(email);
    }

    @Test
    @DisplayName("Staff booking on the client's behalf is refused just the same")
    void underEighteenStaff() {
        String email = email();

        BookingResult result = booking.bookOnBehalf(clinic.caller(Role.FRONTDESK), command(filler, email, SEVENTEEN));

        assertThat(result).isInstanceOfSatisfying(BookingResult.SafetyRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo("UNDER_MINIMUM_AGE"));
        assertNothingStored(email);
    }

    @Test
    @DisplayName("On the 18th birthday the filler booking goes through")
    void eighteenOnTheDay() {
        assertThat(booking.book(command(filler, email(), EIGHTEEN_TODAY))).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("A typed date of birth can never make a recorded minor look older, nor the reverse")
    void youngerDateCounts() {
        String email = email();
        assertThat(booking.book(command(facial, email, SEVENTEEN))).isInstanceOf(BookingResult.Booked.class);

        BookingResult result = booking.book(command(filler, email, LocalDate.of(1990, 1, 1)));

        assertThat(result).isInstanceOfSatisfying(BookingResult.SafetyRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo("UNDER_MINIMUM_AGE"));
    }

    @Test
    @DisplayName("Toxin for an adult without a face-to-face prescriber consultation is refused at booking")
    void toxinNeedsConsultation() {
        BookingResult result = booking.book(command(clinic.toxin, email(), LocalDate.of(1990, 1, 1)));

        assertThat(result).isInstanceOfSatisfying(BookingResult.SafetyRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo("PRESCRIBER_CONSULTATION_REQUIRED"));
    }

    @Test
    @DisplayName("Treatments without a clinical profile are booked as before")
    void nonClinical() {
        assertThat(booking.book(command(facial, email(), SEVENTEEN))).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("Moving a booking is checked again: a filler booked for the 18th birthday cannot move to the day "
            + "before, and nothing changes")
    void rescheduleChecked() {
        String email = email();
        BookAppointmentCommand onBirthday = new BookAppointmentCommand(clinic.tenant, filler.id(),
                WEDNESDAY_10AM.plus(Duration.ofDays(1)), Optional.empty(), Optional.empty(),
                new ClientDetails("Cara", "Client", email, "07700 900123", SEVENTEEN));
        BookingResult.Booked booked = (BookingResult.Booked) booking.book(onBirthday);

        BookingResult moved = manage.reschedule(clinic.tenant, booked.manageToken(), WEDNESDAY_10AM, Optional.empty());

        assertThat(moved).isInstanceOfSatisfying(BookingResult.SafetyRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo("UNDER_MINIMUM_AGE"));
        assertThat(manage.view(clinic.tenant, booked.manageToken()).start())
                .isEqualTo(WEDNESDAY_10AM.plus(Duration.ofDays(1)));
    }

    private final ConsultationService consultations = new ConsultationService(ports.tx(), records,
            ports.practitioners(), ports.clients(), clinic.clock);

    private Practitioner prescriber(boolean registered) {
        Practitioner priya = new Practitioner(PractitionerId.random(), "Priya Shah RN",
                Set.of(Qualification.NURSE, Qualification.PRESCRIBER), Set.of(clinic.location.id()), true, 0);
        ports.tx().inTenant(clinic.tenant, () -> {
            ports.practitioners().insert(priya);
            return null;
        });
        if (registered) {
            consultations.register(clinic.caller(Role.OWNER), priya.id(), RegisterBody.NMC, "12a 3456e");
        }
        return priya;
    }

    /** A client on record (they booked a facial), as after booking a prescriber consultation. */
    /** A client on record through a facial two hours after the slot the tests book, so the two never overlap. */
    private ClientId clientOnRecord(String email) {
        BookAppointmentCommand slot = command(facial, email, LocalDate.of(1990, 1, 1));
        BookingResult.Booked facialBooked = (BookingResult.Booked) booking.book(new BookAppointmentCommand(
                slot.tenant(), slot.treatment(), WEDNESDAY_10AM.plus(Duration.ofHours(2)), slot.practitioner(),
                slot.location(), slot.client(), slot.origin(), slot.overlapReason()));
        return facialBooked.appointment().client();
    }

    private RecordConsultationCommand consultation(ClientId client, Practitioner prescriber, ConsultationMode mode) {
        return new RecordConsultationCommand(client, TreatmentCategory.ANTI_WRINKLE, prescriber.id(), mode,
                BookingFixture.NOW.minus(Duration.ofHours(1)));
    }

    @Test
    @DisplayName("Toxin is refused without a consultation, still refused after a video one, and booked after a "
            + "face-to-face consultation with a registered prescriber")
    void toxinAfterFaceToFace() {
        String email = email();
        ClientId client = clientOnRecord(email);
        Practitioner priya = prescriber(true);
        Caller nurse = clinic.caller(Role.PRACTITIONER);

        assertThat(booking.book(command(clinic.toxin, email, LocalDate.of(1990, 1, 1))))
                .isInstanceOfSatisfying(BookingResult.SafetyRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("PRESCRIBER_CONSULTATION_REQUIRED"));
        consultations.record(nurse, consultation(client, priya, ConsultationMode.VIDEO));
        assertThat(booking.book(command(clinic.toxin, email, LocalDate.of(1990, 1, 1))))
                .as("a video consultation never counts").isInstanceOf(BookingResult.SafetyRefused.class);

        Consultation faceToFace = consultations.record(nurse, consultation(client, priya,
                ConsultationMode.FACE_TO_FACE));

        assertThat(faceToFace.prescriber().registration()).hasToString("NMC 12A3456E");
        assertThat(booking.book(command(clinic.toxin, email, LocalDate.of(1990, 1, 1))))
                .isInstanceOf(BookingResult.Booked.class);
        assertThat(consultations.consultationsOf(nurse, client)).hasSize(2);
    }

    @Test
    @DisplayName("A consultation is refused, and nothing stored, by someone who may not decide, for a prescriber "
            + "without a registration or the qualification, or in the future")
    void consultationGuards() {
        ClientId client = clientOnRecord(email());
        Practitioner unregistered = prescriber(false);
        Practitioner registered = prescriber(true);
        Caller nurse = clinic.caller(Role.PRACTITIONER);

        assertThatThrownBy(() -> consultations.record(clinic.caller(Role.FRONTDESK),
                consultation(client, registered, ConsultationMode.FACE_TO_FACE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.record(nurse,
                consultation(client, unregistered, ConsultationMode.FACE_TO_FACE)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consultations.record(nurse,
                consultation(client, clinic.ana, ConsultationMode.FACE_TO_FACE)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consultations.record(nurse, new RecordConsultationCommand(client,
                TreatmentCategory.ANTI_WRINKLE, registered.id(), ConsultationMode.FACE_TO_FACE,
                BookingFixture.NOW.plusSeconds(60)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consultations.register(clinic.caller(Role.OWNER), registered.id(), RegisterBody.GMC,
                "12A3456E")).isInstanceOf(InvalidInputException.class);

        assertThat(consultations.consultationsOf(nurse, client)).isEmpty();
    }

    private final ScreeningService screenings = new ScreeningService(ports.tx(), JsonRuleSetSource.bundled(), records,
            ports.treatments(), ports.locations(), ports.practitioners(), ports.appointments(), ports.clients(),
            BookingFixture.LONDON, clinic.clock);
    private final BookAppointmentService ruledBooking = new BookAppointmentService(clinic.bookingPorts,
            new BookingDeposits(ports.tx(), new PayAtClinicPaymentGateway(), ports.connectedAccounts(),
                    ports.paymentIntents(), ports.paymentLedgers(), clinic.clock),
            new AvailabilityEngine(), clinic.clock, BookingLimits.NONE, ports.bookingLimitLock(),
            new BookingSafetyService(JsonRuleSetSource.bundled(), JsonJurisdictionsSource.bundled(), records,
                    SafetySettings.defaults()));

    private static SubmitScreeningCommand fillerAnswers(String version, String yesTo) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String code : List.of("pregnant_or_breastfeeding", "allergy_hyaluronic_acid", "allergy_local_anaesthetic",
                "allergy_bee_or_wasp_venom", "infection_or_cold_sore_at_site", "keloid_scarring", "anticoagulants",
                "autoimmune_disease")) {
            answers.put(code, code.equals(yesTo) ? "yes" : "no");
        }
        return new SubmitScreeningCommand(version, answers);
    }

    /** Booked by reception, who see the precise reason a safety gate gives. */
    private BookingResult bookFiller(String email, int hourOffset) {
        return ruledBooking.bookOnBehalf(clinic.caller(Role.FRONTDESK), new BookAppointmentCommand(clinic.tenant,
                filler.id(),
                WEDNESDAY_10AM.plus(Duration.ofHours(hourOffset)), Optional.empty(), Optional.empty(),
                new ClientDetails("Cara", "Client", email, "07700 900123", LocalDate.of(1990, 1, 1))));
    }

    @Test
    @DisplayName("A public booking never reveals a client's medical status: a contraindication reads as 'contact the "
            + "clinic' to an anonymous caller, who may be anyone knowing the client's name, e-mail and birth date")
    void anonymousCallerLearnsNoMedicalStatus() {
        String email = email();
        ClientId client = clientOnRecord(email);
        String version = screenings.questionnaire(clinic.tenant, filler.id()).version();
        screenings.submitByStaff(clinic.caller(Role.PRACTITIONER), client, TreatmentCategory.DERMAL_FILLER,
                fillerAnswers(version, "pregnant_or_breastfeeding"));

        BookingResult result = ruledBooking.book(new BookAppointmentCommand(clinic.tenant, filler.id(),
                WEDNESDAY_10AM, Optional.empty(), Optional.empty(),
                new ClientDetails("Cara", "Client", email, "07700 900123", LocalDate.of(1990, 1, 1))));

        assertThat(result).isInstanceOfSatisfying(BookingResult.SafetyRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo("REFER_TO_CLINIC");
            assertThat(refused.message()).doesNotContainIgnoringCase("questionnaire")
                    .doesNotContainIgnoringCase("prescriber");
        });
    }

    @Test
    @DisplayName("Answers showing pregnancy block filler: the next booking is refused as contraindicated, and the "
            + "block cannot be decided away")
    void contraindicated() {
        String email = email();
        ClientId client = clientOnRecord(email);
        String version = screenings.questionnaire(clinic.tenant, filler.id()).version();

        ScreeningResult result = screenings.submitByStaff(clinic.caller(Role.PRACTITIONER), client,
                TreatmentCategory.DERMAL_FILLER, fillerAnswers(version, "pregnant_or_breastfeeding"));

        assertThat(result).isInstanceOfSatisfying(ScreeningResult.Recorded.class,
                recorded -> assertThat(recorded.outcome().isBlocked()).isTrue());
        assertThat(bookFiller(email, 0)).isInstanceOfSatisfying(BookingResult.SafetyRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo("CONTRAINDICATED"));
        Practitioner priya = prescriber(true);
        ScreeningId screening = ((ScreeningResult.Recorded) result).screening();
        assertThatThrownBy(() -> screenings.decide(clinic.caller(Role.PRACTITIONER), new DecideReviewCommand(
                screening, "pregnancy-or-breastfeeding", priya.id(), PrescriberDecision.Verdict.APPROVED, "asked")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("A review finding lets the booking through until a prescriber declines; then it is refused")
    void reviewThenDeclined() {
        String email = email();
        ClientId client = clientOnRecord(email);
        String version = screenings.questionnaire(clinic.tenant, filler.id()).version();
        ScreeningResult.Recorded recorded = (ScreeningResult.Recorded) screenings.submitByStaff(
                clinic.caller(Role.PRACTITIONER), client, TreatmentCategory.DERMAL_FILLER,
                fillerAnswers(version, "anticoagulants"));
        assertThat(bookFiller(email, 0)).as("pending review is noted at booking, checked at check-in")
                .isInstanceOf(BookingResult.Booked.class);

        PrescriberDecision declined = screenings.decide(clinic.caller(Role.PRACTITIONER), new DecideReviewCommand(
                recorded.screening(), "anticoagulants-injectables", prescriber(true).id(),
                PrescriberDecision.Verdict.DECLINED, "Bruising risk too high on warfarin."));

        assertThat(declined.ruleSetVersion()).isEqualTo(recorded.outcome().ruleSetVersion());
        assertThat(bookFiller(email, 2)).isInstanceOfSatisfying(BookingResult.SafetyRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo("PRESCRIBER_DECLINED"));
    }

    @Test
    @DisplayName("Bad answers (wrong version, unknown question, malformed answer) are refused and nothing is stored")
    void badAnswersStoreNothing() {
        ClientId client = clientOnRecord(email());
        Caller nurse = clinic.caller(Role.PRACTITIONER);
        String version = screenings.questionnaire(clinic.tenant, filler.id()).version();
        SubmitScreeningCommand good = fillerAnswers(version, "none");
        Map<String, String> unknown = new LinkedHashMap<>(good.answers());
        unknown.put("favourite_colour", "blue");
        Map<String, String> malformed = new LinkedHashMap<>(good.answers());
        malformed.put("anticoagulants", "perhaps");

        for (SubmitScreeningCommand bad : List.of(fillerAnswers("1999.1", "none"),
                new SubmitScreeningCommand(version, unknown), new SubmitScreeningCommand(version, malformed))) {
            assertThat(screenings.submitByStaff(nurse, client, TreatmentCategory.DERMAL_FILLER, bad))
                    .isInstanceOf(ScreeningResult.Rejected.class);
        }
        assertThat(ports.tx().inTenant(clinic.tenant, () -> records.screeningsOf(client))).isEmpty();
        assertThat(screenings.submitByStaff(nurse, client, TreatmentCategory.DERMAL_FILLER, good))
                .isInstanceOf(ScreeningResult.Recorded.class);
    }
}

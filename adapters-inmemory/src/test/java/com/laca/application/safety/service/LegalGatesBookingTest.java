package com.laca.application.safety.service;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.application.shared.AffectsBookingsException;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.AffectedAppointment;
import com.laca.application.clinic.service.LocationService;
import com.laca.application.clinic.port.in.LocationDraft;
import com.laca.application.booking.service.ClinicFutureBookings;
import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.safety.InMemoryClinicalRecordRepository;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.adapter.rules.json.JsonJurisdictionsSource;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.ClientAvailability;
import com.laca.application.booking.service.AvailabilityService;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.application.safety.port.in.ClientSafetyView;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.application.safety.port.in.RecordDirectionCommand;
import com.laca.application.safety.port.in.RecordIdCheckCommand;
import com.laca.application.safety.port.in.RecordPrescriptionCommand;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.VersionConflictException;
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
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.LicenceTier;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.Questionnaire;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.safety.RuleSet;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The remaining legal gates: ID checks, doctor's directions, prescriptions, settings and licences")
class LegalGatesBookingTest {

    /** Wednesday 3 June 2026: born 4 June 2008 is 17 that day. */
    private static final LocalDate SEVENTEEN = LocalDate.of(2008, 6, 4);
    private static final LocalDate ADULT = LocalDate.of(1990, 1, 1);

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(ports, new PayAtClinicPaymentGateway());
    private final InMemoryClinicalRecordRepository records = new InMemoryClinicalRecordRepository(ports.tx());
    private final BookingSafetyService gate = new BookingSafetyService(
            () -> new RuleSet("test-1", new Questionnaire("q-1", List.of()), List.of()),
            JsonJurisdictionsSource.bundled(), records, SafetySettings.defaults());
    private final BookAppointmentService booking = bookingThrough(gate);
    private final AvailabilityService availability = new AvailabilityService(clinic.bookingPorts,
            new AvailabilityEngine(), clinic.clock, gate);
    private final ConsultationService consultations = new ConsultationService(ports.tx(), records,
            ports.practitioners(), ports.clients(), clinic.clock);
    private final SafetyEvidenceService evidence = new SafetyEvidenceService(ports.tx(), records,
            ports.practitioners(), ports.clients(), JsonJurisdictionsSource.bundled(), clinic.clock);
    private final SafetySettingsService settings = new SafetySettingsService(ports.tx(), records,
            ports.practitioners(), ports.locations());
    private final Treatment facial = clinic.store(treatment("Facial", TreatmentCategory.SKIN));
    private final Treatment filler = clinic.store(treatment("Lip filler", TreatmentCategory.DERMAL_FILLER));
    private final Caller owner = clinic.caller(Role.OWNER);
    private final Caller nurse = clinic.caller(Role.PRACTITIONER);
    private final Caller reception = clinic.caller(Role.FRONTDESK);

    private static Treatment treatment(String name, TreatmentCategory category) {
        Treatment like = BookingFixture.treatment(name, Qualification.NURSE, Set.of(), DepositPolicy.none());
        return new Treatment(like.id(), like.name(), category, null, like.duration(), like.bufferBefore(),
                like.bufferAfter(), like.price(), like.requiredQualification(), like.requiredResourceTypes(),
                like.bookingWindow(), like.depositPolicy(), true, 0);
    }

    private BookAppointmentService bookingThrough(BookingSafetyService safety) {
        return new BookAppointmentService(clinic.bookingPorts, new BookingDeposits(ports.tx(),
                new PayAtClinicPaymentGateway(), ports.connectedAccounts(), ports.paymentIntents(),
                ports.paymentLedgers(), clinic.clock), new AvailabilityEngine(), clinic.clock, BookingLimits.NONE,
                ports.bookingLimitLock(), safety);
    }

    private static String email() {
        return "client-" + UUID.randomUUID() + "@example.com";
    }

    private BookAppointmentCommand command(Treatment treatment, String email, LocalDate dateOfBirth, int hours) {
        return new BookAppointmentCommand(clinic.tenant, treatment.id(), WEDNESDAY_10AM.plus(Duration.ofHours(hours)),
                Optional.empty(), Optional.empty(), new ClientDetails("Cara", "Client", email, "07700 900123",
                dateOfBirth));
    }

    /** A client on record through a facial late in the day, so it never overlaps the slots the tests book. */
    private ClientId clientOnRecord(String email, LocalDate dateOfBirth) {
        return ((BookingResult.Booked) booking.book(command(facial, email, dateOfBirth, 6))).appointment().client();
    }

    private Practitioner prescriber(String name, RegisterBody body, String number) {
        Practitioner p = new Practitioner(PractitionerId.random(), name,
                Set.of(Qualification.NURSE, Qualification.PRESCRIBER), Set.of(clinic.location.id()), true, 0);
        ports.tx().inTenant(clinic.tenant, () -> {
            ports.practitioners().insert(p);
            return null;
        });
        consultations.register(owner, p.id(), body, number);
        return p;
    }

    private Consultation faceToFace(ClientId client, Practitioner prescriber, Duration before) {
        return consultations.record(nurse, new RecordConsultationCommand(client, TreatmentCategory.ANTI_WRINKLE,
                prescriber.id(), ConsultationMode.FACE_TO_FACE, BookingFixture.NOW.minus(before)));
    }

    private static String reasonOf(BookingResult result) {
        assertThat(result).isInstanceOf(BookingResult.SafetyRefused.class);
        return ((BookingResult.SafetyRefused) result).reason();
    }

    @Test
    @DisplayName("An ID check records who saw which document and when (the caller and the clock, not the request), "
            + "and shows in the client's safety view; reception without clinical access cannot record one")
    void idCheck() {
        ClientId client = clientOnRecord(email(), ADULT);

        IdCheck check = evidence.recordIdCheck(nurse, new RecordIdCheckCommand(client, IdDocumentType.PASSPORT,
                ADULT));

        assertThat(check.checkedBy()).isEqualTo(nurse.userId());
        assertThat(check.checkedAt()).isEqualTo(BookingFixture.NOW);
        ClientSafetyView view = evidence.safetyView(nurse, client);
        assertThat(view.idChecks()).containsExactly(check);
        assertThatThrownBy(() -> evidence.recordIdCheck(reception, new RecordIdCheckCommand(client,
                IdDocumentType.PASSPORT, ADULT))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.recordIdCheck(nurse, new RecordIdCheckCommand(client,
                IdDocumentType.PASSPORT, LocalDate.of(2030, 1, 1)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("A GMC doctor's direction lets staff book toxin for a 17-year-old; a public booking stays refused")
    void directionStaffOnly() {
        String email = email();
        ClientId client = clientOnRecord(email, SEVENTEEN);
        Practitioner doctor = prescriber("Dr Amelia Hart", RegisterBody.GMC, "7012345");
        faceToFace(client, doctor, Duration.ofHours(1));
        assertThat(reasonOf(booking.bookOnBehalf(reception, command(clinic.toxin, email, SEVENTEEN, 0))))
                .isEqualTo("UNDER_MINIMUM_AGE");

        evidence.recordDirection(nurse, new RecordDirectionCommand(client, TreatmentCategory.ANTI_WRINKLE,
                doctor.id(), "Severe primary axillary hyperhidrosis"));

        assertThat(reasonOf(booking.book(command(clinic.toxin, email, SEVENTEEN, 0))))
                .as("public booking").isEqualTo("UNDER_MINIMUM_AGE");
        assertThat(booking.bookOnBehalf(reception, command(clinic.toxin, email, SEVENTEEN, 0)))
                .isInstanceOf(BookingResult.Booked.class);
        assertThat(evidence.safetyView(nurse, client).directions()).hasSize(1);
    }

    @Test
    @DisplayName("Moving a location to Scotland, where England's doctor's-direction exception is not modelled, "
            + "answers with the direction-booked toxin appointment it would make unlawful (nothing changed); kept, "
            + "the location is Scottish and a new such booking is refused naming Scotland")
    void jurisdictionChangeOverBookings() {
        String email = email();
        ClientId client = clientOnRecord(email, SEVENTEEN);
        Practitioner doctor = prescriber("Dr Amelia Hart", RegisterBody.GMC, "7012345");
        faceToFace(client, doctor, Duration.ofHours(1));
        evidence.recordDirection(nurse, new RecordDirectionCommand(client, TreatmentCategory.ANTI_WRINKLE,
                doctor.id(), "Severe primary axillary hyperhidrosis"));
        BookingResult booked = booking.bookOnBehalf(reception, command(clinic.toxin, email, SEVENTEEN, 0));
        assertThat(booked).isInstanceOf(BookingResult.Booked.class);
        LocationService locations = new LocationService(ports.tx(), ports.locations(), ports.referenceDataVersion(),
                new ClinicFutureBookings(clinic.bookingPorts, clinic.clock, gate));
        Location site = clinic.location;
        LocationDraft toScotland = new LocationDraft(site.name(), site.address(), site.zone(),
                JurisdictionCode.SCOTLAND, true);

        assertThatThrownBy(() -> locations.update(owner, site.id(), site.version(), toScotland,
                AffectedBookings.REFUSE)).isInstanceOfSatisfying(AffectsBookingsException.class, e -> assertThat(
                        e.appointments()).extracting(AffectedAppointment::id)
                .containsExactly(((BookingResult.Booked) booked).appointment().id()));
        assertThat(locations.get(owner, site.id()).jurisdiction()).isEqualTo(JurisdictionCode.ENGLAND);
        assertThat(locations.update(owner, site.id(), site.version(), new LocationDraft(site.name(), site.address(),
                site.zone(), JurisdictionCode.ENGLAND, true), AffectedBookings.REFUSE).version())
                .as("an unchanged jurisdiction asks nothing").isEqualTo(site.version() + 1);

        Location scottish = locations.update(owner, site.id(), site.version() + 1, toScotland, AffectedBookings.KEEP);

        assertThat(scottish.jurisdiction()).isEqualTo(JurisdictionCode.SCOTLAND);
        BookingResult again = booking.bookOnBehalf(reception, command(clinic.toxin, email, SEVENTEEN, 2));
        assertThat(reasonOf(again)).isEqualTo("UNDER_MINIMUM_AGE");
        assertThat(((BookingResult.SafetyRefused) again).message()).contains("Scotland")
                .contains("only England's law");
    }

    @Test
    @DisplayName("Under a deployment's jurisdictions file whose Scotland allows toxin from 16 on a GMC doctor's "
            + "consultation (invented for the test, not the law), a 17-year-old books toxin at a Scottish location; "
            + "under the shipped fallback the same booking is refused, and a nurse prescriber's consultation does "
            + "not count there")
    void configuredScotland() {
        JsonJurisdictionsSource configured = JsonJurisdictionsSource.bundledWith(new ByteArrayInputStream("""
                {"version": "clinic-7", "notice": "Configured for the test.",
                 "jurisdictions": [{"code": "GB-SCT", "name": "Scotland", "minimumAges": {"ANTI_WRINKLE": 16},
                   "doctorsDirection": [], "prescriberRegisters": ["GMC"], "idCheckRequired": false}]}"""
                .getBytes(StandardCharsets.UTF_8)), "scotland.json");
        BookAppointmentService scottishBooking = bookingThrough(new BookingSafetyService(
                () -> new RuleSet("test-1", new Questionnaire("q-1", List.of()), List.of()), configured, records,
                SafetySettings.defaults()));
        Location site = clinic.location;
        new LocationService(ports.tx(), ports.locations(), ports.referenceDataVersion(),
                new ClinicFutureBookings(clinic.bookingPorts, clinic.clock, gate)).update(owner, site.id(),
                site.version(), new LocationDraft(site.name(), site.address(), site.zone(), JurisdictionCode.SCOTLAND,
                        true), AffectedBookings.REFUSE);
        String byDoctor = email();
        faceToFace(clientOnRecord(byDoctor, SEVENTEEN), prescriber("Dr Amelia Hart", RegisterBody.GMC, "7012345"),
                Duration.ofHours(1));
        String byNurse = email();
        faceToFace(clientOnRecord(byNurse, SEVENTEEN), prescriber("Priya Shah RN", RegisterBody.NMC, "12A3456E"),
                Duration.ofHours(1));

        assertThat(reasonOf(booking.book(command(clinic.toxin, byDoctor, SEVENTEEN, 0))))
                .as("shipped fallback").isEqualTo("UNDER_MINIMUM_AGE");
        assertThat(reasonOf(scottishBooking.book(command(clinic.toxin, byNurse, SEVENTEEN, 0))))
                .isEqualTo("PRESCRIBER_CONSULTATION_REQUIRED");
        assertThat(scottishBooking.book(command(clinic.toxin, byDoctor, SEVENTEEN, 0)))
                .isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("A direction is refused for filler (no exception in law), from a nurse prescriber (not the medical "
            + "register), without a reason, or by someone who may not decide")
    void directionGuards() {
        ClientId client = clientOnRecord(email(), SEVENTEEN);
        Practitioner doctor = prescriber("Dr Amelia Hart", RegisterBody.GMC, "7012345");
        Practitioner nursePrescriber = prescriber("Priya Shah RN", RegisterBody.NMC, "12A3456E");

        assertThatThrownBy(() -> evidence.recordDirection(nurse, new RecordDirectionCommand(client,
                TreatmentCategory.DERMAL_FILLER, doctor.id(), "reason"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> evidence.recordDirection(nurse, new RecordDirectionCommand(client,
                TreatmentCategory.ANTI_WRINKLE, nursePrescriber.id(), "reason")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> evidence.recordDirection(nurse, new RecordDirectionCommand(client,
                TreatmentCategory.ANTI_WRINKLE, doctor.id(), "  "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> evidence.recordDirection(reception, new RecordDirectionCommand(client,
                TreatmentCategory.ANTI_WRINKLE, doctor.id(), "reason"))).isInstanceOf(AccessDeniedException.class);
        assertThat(evidence.safetyView(nurse, client).directions()).isEmpty();
    }

    @Test
    @DisplayName("A prescription links a face-to-face consultation, its prescriber and the client; one on a video "
            + "consultation is refused")
    void prescription() {
        ClientId client = clientOnRecord(email(), ADULT);
        Practitioner priya = prescriber("Priya Shah RN", RegisterBody.NMC, "12A3456E");
        Consultation consulted = faceToFace(client, priya, Duration.ofHours(1));
        Consultation video = consultations.record(nurse, new RecordConsultationCommand(client,
                TreatmentCategory.ANTI_WRINKLE, priya.id(), ConsultationMode.VIDEO,
                BookingFixture.NOW.minus(Duration.ofHours(2))));

        Prescription prescription = consultations.prescribe(nurse, new RecordPrescriptionCommand(client,
                consulted.id(), "Botulinum toxin type A, 50 units"));

        assertThat(prescription.prescriber()).isEqualTo(consulted.prescriber());
        assertThat(prescription.issuedAt()).isEqualTo(BookingFixture.NOW);
        assertThatThrownBy(() -> consultations.prescribe(nurse, new RecordPrescriptionCommand(client, video.id(),
                "Botulinum toxin type A"))).isInstanceOf(InvalidInputException.class);
        assertThat(evidence.safetyView(nurse, client).prescriptions()).containsExactly(prescription);
    }

    @Test
    @DisplayName("The clinic's reflection period is read by the booking gate: with 72 hours, toxin 49 hours after "
            + "the consultation is refused; back to the default, it is booked")
    void reflectionPeriodFromSettings() {
        String email = email();
        ClientId client = clientOnRecord(email, ADULT);
        faceToFace(client, prescriber("Priya Shah RN", RegisterBody.NMC, "12A3456E"), Duration.ZERO);
        settings.replaceSettings(owner, SafetySettings.defaults()
                .withReflectionPeriod(TreatmentCategory.ANTI_WRINKLE, Duration.ofHours(72)), 0);

        assertThat(reasonOf(booking.bookOnBehalf(reception, command(clinic.toxin, email, ADULT, 0))))
                .isEqualTo("REFLECTION_PERIOD");

        settings.replaceSettings(owner, SafetySettings.defaults(), 1);
        assertThatThrownBy(() -> settings.replaceSettings(owner, SafetySettings.defaults(), 1))
                .as("a change over a version already replaced").isInstanceOf(VersionConflictException.class);
        assertThat(booking.bookOnBehalf(reception, command(clinic.toxin, email, ADULT, 0)))
                .isInstanceOf(BookingResult.Booked.class);
        assertThatThrownBy(() -> settings.replaceSettings(reception, SafetySettings.defaults(), 2))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.replaceSettings(clinic.caller(Role.MANAGER), SafetySettings.defaults(), 2))
                .as("a manager runs the clinic but takes no clinical decisions").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("With licensing enforced, filler needs a valid practitioner licence and a premises licence; "
            + "with both it is booked")
    void licensing() {
        settings.replaceSettings(owner, SafetySettings.defaults().withLicensingEnforced(true), 0);
        Licence fillerLicence = new Licence("LIC-1", new LicenceTier("AMBER"), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 1), Set.of(TreatmentCategory.DERMAL_FILLER));

        assertThat(reasonOf(booking.bookOnBehalf(reception, command(filler, email(), ADULT, 0))))
                .isEqualTo("PRACTITIONER_NOT_LICENSED");

        for (Practitioner p : List.of(clinic.ana, clinic.ben)) {
            settings.recordPractitionerLicence(owner, p.id(), fillerLicence);
        }
        assertThat(reasonOf(booking.bookOnBehalf(reception, command(filler, email(), ADULT, 0))))
                .isEqualTo("PREMISES_NOT_LICENSED");

        settings.recordPremisesLicence(owner, clinic.location.id(), fillerLicence);
        assertThat(booking.bookOnBehalf(reception, command(filler, email(), ADULT, 0)))
                .isInstanceOf(BookingResult.Booked.class);
        assertThat(settings.settings(reception).settings().licensingEnforced()).isTrue();
    }

    private AvailabilityRequest listing(Treatment treatment, LocalDate from, LocalDate to) {
        return new AvailabilityRequest(clinic.tenant, treatment.id(), from, to, Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("Public slots with a date of birth: a 17-year-old is told filler is refused by law instead of shown "
            + "slots; a range reaching the 18th birthday lists only the birthday's slots")
    void slotsForAnUnderAgeClient() {
        ClientAvailability before = availability.availabilityForAge(listing(filler, BookingFixture.WEDNESDAY,
                BookingFixture.WEDNESDAY), SEVENTEEN);

        assertThat(before).isInstanceOfSatisfying(ClientAvailability.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo("UNDER_MINIMUM_AGE");
            assertThat(refused.explanation()).contains("under 18");
            assertThat(refused.allowedFrom()).contains(LocalDate.of(2026, 6, 4));
        });
        ClientAvailability reaching = availability.availabilityForAge(listing(filler, BookingFixture.WEDNESDAY,
                BookingFixture.WEDNESDAY.plusDays(1)), SEVENTEEN);
        assertThat(reaching).isInstanceOfSatisfying(ClientAvailability.Slots.class, listed -> assertThat(listed.slots())
                .isNotEmpty().allSatisfy(slot -> assertThat(slot.start().atZone(BookingFixture.LONDON).toLocalDate())
                        .isEqualTo(LocalDate.of(2026, 6, 4))));
        assertThat(availability.availabilityForAge(listing(filler, BookingFixture.WEDNESDAY,
                BookingFixture.WEDNESDAY), ADULT)).isInstanceOf(ClientAvailability.Slots.class);
    }

    @Test
    @DisplayName("Public slots with an adult's date of birth are listed for toxin: whether a returning client has had "
            + "a consultation is for the booking to say, not for a date of birth")
    void publicListingAnswersOnlyTheAgeGate() {
        ClientAvailability adult = availability.availabilityForAge(listing(clinic.toxin, BookingFixture.WEDNESDAY,
                BookingFixture.WEDNESDAY), ADULT);

        assertThat(adult).isInstanceOfSatisfying(ClientAvailability.Slots.class,
                listed -> assertThat(listed.slots()).isNotEmpty());
    }

    @Test
    @DisplayName("Staff slots for a known client: without a consultation toxin is refused with the reason; with "
            + "licensing enforced only the licensed practitioner is offered")
    void slotsForAKnownClient() {
        ClientId client = clientOnRecord(email(), ADULT);
        assertThat(availability.availabilityForClient(reception, listing(clinic.toxin, BookingFixture.WEDNESDAY,
                BookingFixture.WEDNESDAY), client)).isInstanceOfSatisfying(ClientAvailability.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo("PRESCRIBER_CONSULTATION_REQUIRED"));

        settings.replaceSettings(owner, SafetySettings.defaults().withLicensingEnforced(true), 0);
        Licence fillerLicence = new Licence("LIC-1", new LicenceTier("AMBER"), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 1), Set.of(TreatmentCategory.DERMAL_FILLER));
        settings.recordPractitionerLicence(owner, clinic.ana.id(), fillerLicence);
        settings.recordPremisesLicence(owner, clinic.location.id(), fillerLicence);

        ClientAvailability licensed = availability.availabilityForClient(reception, listing(filler,
                BookingFixture.WEDNESDAY, BookingFixture.WEDNESDAY), client);

        assertThat(licensed).isInstanceOfSatisfying(ClientAvailability.Slots.class, listed -> assertThat(listed.slots())
                .isNotEmpty().flatMap(AvailableSlot::practitioners).containsOnly(clinic.ana.id()));
        assertThat(availability.availability(listing(filler, BookingFixture.WEDNESDAY, BookingFixture.WEDNESDAY)))
                .as("without a client, the calendar alone").flatMap(AvailableSlot::practitioners)
                .contains(clinic.ben.id());
        assertThatThrownBy(() -> availability.availabilityForClient(clinic.caller(Role.FINANCE),
                listing(filler, BookingFixture.WEDNESDAY, BookingFixture.WEDNESDAY), client))
                .isInstanceOf(AccessDeniedException.class);
    }
}

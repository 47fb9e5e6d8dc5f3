package com.laca.bootstrap.demo;

import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.booking.port.in.FindAvailabilityQuery;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.ScreeningUseCase;
import com.laca.application.safety.port.in.SubmitScreeningCommand;
import com.laca.application.shared.Caller;
import com.laca.application.shared.PageRequest;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clinical-safety part of the demonstration clinic, so a new user can see every gate from the README: two
 * registered prescribers (GMC and NMC) and clients in each state, each of whom first booked a skin consultation:
 * clear for filler and with a face-to-face toxin consultation (Clara), blocked for filler (Blake), awaiting a
 * prescriber's review for filler (Rita), deferred for a peel (Dora), and under 18 (Uma).
 */
final class DemoClinicalSafety {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ManagePractitionersUseCase practitioners;
    private final ManageTreatmentsUseCase treatments;
    private final FindAvailabilityQuery availability;
    private final BookAppointmentUseCase booking;
    private final RecordConsultationUseCase consultations;
    private final ScreeningUseCase screenings;
    private final Clock clock;

    DemoClinicalSafety(ManagePractitionersUseCase practitioners, ManageTreatmentsUseCase treatments,
                       FindAvailabilityQuery availability, BookAppointmentUseCase booking,
                       RecordConsultationUseCase consultations, ScreeningUseCase screenings, Clock clock) {
        this.practitioners = practitioners;
        this.treatments = treatments;
        this.availability = availability;
        this.booking = booking;
        this.consultations = consultations;
        this.screenings = screenings;
        this.clock = clock;
    }

    /** Seeds the demo clinic's safety data; called once, right after the clinic is created. */
    void seed(Tenant clinic) {
        Caller owner = new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
        List<Practitioner> staff = practitioners.list(owner, new PageRequest(0, 100)).items();
        Practitioner hart = named(staff, "Dr Amelia Hart");
        Practitioner shah = named(staff, "Priya Shah RN");
        consultations.register(owner, hart.id(), RegisterBody.GMC, "7012345");
        consultations.register(owner, shah.id(), RegisterBody.NMC, "12A3456E");
        List<Treatment> menu = treatments.list(owner, new PageRequest(0, 100)).items();
        Treatment skinConsultation = menu.stream().filter(t -> t.category() == TreatmentCategory.CONSULTATION)
                .findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        String version = screenings.questionnaire(clinic.id(), skinConsultation.id()).version();

        ClientId clara = client(clinic, owner, skinConsultation, today, "Clara", "Clear", today.minusYears(34));
        screen(owner, clara, TreatmentCategory.DERMAL_FILLER, version, fillerAnswers(null));
        consultations.record(owner, new RecordConsultationCommand(clara, TreatmentCategory.ANTI_WRINKLE, hart.id(),
                ConsultationMode.FACE_TO_FACE, clock.instant().minusSeconds(3_600)));
        ClientId blake = client(clinic, owner, skinConsultation, today, "Blake", "Blocked",
                today.minusYears(29));
        screen(owner, blake, TreatmentCategory.DERMAL_FILLER, version, fillerAnswers("pregnant_or_breastfeeding"));
        ClientId rita = client(clinic, owner, skinConsultation, today, "Rita", "Review", today.minusYears(52));
        screen(owner, rita, TreatmentCategory.DERMAL_FILLER, version, fillerAnswers("anticoagulants"));
        ClientId dora = client(clinic, owner, skinConsultation, today, "Dora", "Deferred",
                today.minusYears(24));
        Map<String, String> peel = new LinkedHashMap<>();
        for (String code : List.of("pregnant_or_breastfeeding", "infection_or_cold_sore_at_site", "cold_sores_history",
                "keloid_scarring", "autoimmune_disease", "photosensitising_medication")) {
            peel.put(code, "no");
        }
        peel.put("isotretinoin", "STOPPED");
        peel.put("isotretinoin_stopped_on", today.minusMonths(1).toString());
        screen(owner, dora, TreatmentCategory.CHEMICAL_PEEL, version, peel);
        client(clinic, owner, skinConsultation, today, "Uma", "Young", today.minusYears(17));
    }

    private static Practitioner named(List<Practitioner> staff, String name) {
        return staff.stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
    }

    /** Books the client the first free skin consultation, asked afresh each time so no slot is offered twice. */
    private ClientId client(Tenant clinic, Caller owner, Treatment consultation, LocalDate today, String first,
                            String last, LocalDate born) {
        AvailableSlot slot = availability.availability(new AvailabilityRequest(clinic.id(), consultation.id(),
                today.plusDays(2), today.plusDays(9), Optional.empty(), Optional.empty())).get(0);
        BookingResult result = booking.bookOnBehalf(owner, new BookAppointmentCommand(clinic.id(), consultation.id(),
                slot.start(), Optional.empty(), Optional.of(slot.location()), new ClientDetails(first, last,
                first.toLowerCase() + "." + last.toLowerCase() + "@example.com", "07700 900123", born)));
        if (result instanceof BookingResult.Booked booked) {
            return booked.appointment().client();
        }
        throw new IllegalStateException("demo booking refused: " + result);
    }

    private void screen(Caller owner, ClientId client, TreatmentCategory category, String version,
                        Map<String, String> answers) {
        screenings.submitByStaff(owner, client, category, new SubmitScreeningCommand(version, answers));
    }

    private static Map<String, String> fillerAnswers(String yesTo) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String code : List.of("pregnant_or_breastfeeding", "allergy_hyaluronic_acid", "allergy_local_anaesthetic",
                "allergy_bee_or_wasp_venom", "infection_or_cold_sore_at_site", "keloid_scarring", "anticoagulants",
                "autoimmune_disease")) {
            answers.put(code, code.equals(yesTo) ? "yes" : "no");
        }
        return answers;
    }
}

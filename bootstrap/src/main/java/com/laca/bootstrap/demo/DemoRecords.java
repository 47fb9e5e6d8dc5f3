package com.laca.bootstrap.demo;

import com.laca.adapter.persistence.booking.JpaAppointmentRepository;
import com.laca.adapter.persistence.records.JpaClientAppointmentHistory;
import com.laca.adapter.persistence.records.JpaTreatmentRecordRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.application.clinic.port.in.ManageLocationsUseCase;
import com.laca.application.clinic.port.in.ManagePractitionersUseCase;
import com.laca.application.clinic.port.in.ManageTreatmentsUseCase;
import com.laca.application.consent.port.in.ConsentUseCase;
import com.laca.application.consent.port.in.ConsentView;
import com.laca.application.consent.port.in.SignConsentCommand;
import com.laca.application.records.port.in.ClientDetailsCommand;
import com.laca.application.records.port.in.EditClientUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.OpaqueTokens;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.Dose;
import com.laca.domain.records.DoseUnit;
import com.laca.domain.records.FollowUp;
import com.laca.domain.records.InjectionSite;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.ProductUse;
import com.laca.domain.records.Side;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.SiteDose;
import com.laca.domain.records.TreatedAppointment;
import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.records.TreatmentRecordId;
import com.laca.domain.records.TreatmentRecordSigning;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Demo clients with a clinical record, so a new user can open a signed treatment record, try a recall search and
 * sign a record of their own: Harriet Holloway had an anti-wrinkle treatment three weeks ago (batch DEMO-B2417,
 * signed by Dr Amelia Hart) and three more completed appointments waiting for their records. Past appointments are
 * written straight to the store, because the booking rules (rightly) refuse to book or complete one in the past, and
 * so is the signed record (under the same signing rules), because only Dr Hart's own staff account may sign in her
 * name and the demo has none. Harriet signed the consent of each appointment awaiting its record through its booking
 * link, agreeing to clinical photographs for all but the earliest, so both a photo upload and its refusal can be tried.
 */
final class DemoRecords {

    /** The batch of the demo's signed record, for trying the recall search. */
    static final String DEMO_LOT = "DEMO-B2417";

    private final TransactionRunner tx;
    private final CurrentEntityManager current;
    private final ManageLocationsUseCase locations;
    private final ManagePractitionersUseCase practitioners;
    private final ManageTreatmentsUseCase treatments;
    private final EditClientUseCase clients;
    private final ConsentUseCase consents;
    private final Clock clock;

    DemoRecords(TransactionRunner tx, CurrentEntityManager current, ManageLocationsUseCase locations,
                ManagePractitionersUseCase practitioners, ManageTreatmentsUseCase treatments,
                EditClientUseCase clients, ConsentUseCase consents, Clock clock) {
        this.tx = tx;
        this.current = current;
        this.locations = locations;
        this.practitioners = practitioners;
        this.treatments = treatments;
        this.clients = clients;
        this.consents = consents;
        this.clock = clock;
    }

    /** Seeds the demo clinic's records; called once, right after the clinic is created. */
    void seed(Tenant clinic) {
        Caller owner = new Caller(UserId.random(), clinic.id(), Set.of(Role.OWNER));
        Practitioner hart = practitioners.list(owner, new PageRequest(0, 100)).items().stream()
                .filter(p -> p.displayName().equals("Dr Amelia Hart")).findFirst().orElseThrow();
        Location london = locations.list(owner, new PageRequest(0, 100)).items().stream()
                .filter(l -> hart.locationIds().contains(l.id())).findFirst().orElseThrow();
        Treatment toxin = treatments.list(owner, new PageRequest(0, 100)).items().stream()
                .filter(t -> t.category() == TreatmentCategory.ANTI_WRINKLE).findFirst().orElseThrow();
        ClientId harriet = clients.create(owner, new ClientDetailsCommand("Harriet", "Holloway",
                LocalDate.of(1985, 2, 14), "harriet.holloway@example.com", "07700 900456",
                new ContactPreferences(true, true, false), false, false)).id();
        LocalDate today = LocalDate.now(clock.withZone(london.zone()));
        AppointmentId charted = completed(clinic, london, hart, toxin, harriet, today.minusDays(21)).id();
        Seeded earliest = completed(clinic, london, hart, toxin, harriet, today.minusDays(14));
        List<Seeded> later = List.of(completed(clinic, london, hart, toxin, harriet, today.minusDays(10)),
                completed(clinic, london, hart, toxin, harriet, today.minusDays(7)));
        LocalDate treatedOn = today.minusDays(21);
        TreatmentDetails details = new TreatmentDetails(
                List.of(new ProductUse("Bocouture 50U", "Merz", new LotNumber(DEMO_LOT), treatedOn.plusMonths(9),
                        List.of(new SiteDose(InjectionSite.GLABELLA, Side.WHOLE, Dose.of("20", DoseUnit.UNITS)),
                                new SiteDose(InjectionSite.FRONTALIS, Side.WHOLE, Dose.of("10", DoseUnit.UNITS)),
                                new SiteDose(InjectionSite.LATERAL_CANTHAL_LINES, Side.LEFT,
                                        Dose.of("12", DoseUnit.UNITS)),
                                new SiteDose(InjectionSite.LATERAL_CANTHAL_LINES, Side.RIGHT,
                                        Dose.of("12", DoseUnit.UNITS))))),
                Optional.of("30G needle, intramuscular, single injection per point"),
                Optional.of("No exercise, massage or lying flat for 4 hours; written aftercare sheet given"),
                List.of(), Optional.of(new FollowUp(treatedOn.plusWeeks(2), "toxin review")));
        SigningResult signed = tx.inTenant(clinic.id(), () -> {
            TreatedAppointment treated = new JpaClientAppointmentHistory(current).treated(charted).orElseThrow();
            SigningResult result = TreatmentRecordSigning.signOriginal(TreatmentRecordId.random(), treated.context(),
                    treated.status(), details, hart.id(), clock.instant());
            if (result instanceof SigningResult.Signed done) {
                new JpaTreatmentRecordRepository(current).add(done.record(), owner.userId());
            }
            return result;
        });
        if (!(signed instanceof SigningResult.Signed)) {
            throw new IllegalStateException("the demo treatment record was refused: " + signed);
        }
        consented(clinic, earliest.token(), false);
        later.forEach(appointment -> consented(clinic, appointment.token(), true));
    }

    /**
     * The client signs the appointment's consent form as through the booking's private link: the form in effect,
     * a drawn signature, no to marketing photographs and the given answer to clinical ones.
     */
    private void consented(Tenant clinic, String manageToken, boolean clinicalPhotos) {
        ConsentView form = consents.forBooking(clinic.id(), manageToken);
        consents.sign(clinic.id(), manageToken, new SignConsentCommand(form.record().templateVersion(),
                "Harriet Holloway", drawnSignature(), clinicalPhotos, false, "127.0.0.1", "LACA demo data"));
    }

    /** A plain signature stroke as a PNG, the kind the booking page's signature pad draws. */
    private static byte[] drawnSignature() {
        BufferedImage image = new BufferedImage(400, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(10, 100, 200, 15);
        g.drawLine(200, 15, 390, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A demo appointment and its booking's private-link token. */
    private record Seeded(AppointmentId id, String token) {
    }

    /** A completed appointment at 10:00 on a past day, stored as it would stand after the desk completed it. */
    private Seeded completed(Tenant clinic, Location location, Practitioner practitioner, Treatment treatment,
                                    ClientId client, LocalDate day) {
        ZoneId zone = location.zone();
        Instant start = day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        AppointmentId id = AppointmentId.random();
        Appointment appointment = Appointment.reconstitute(new AppointmentDetails(id, clinic.id(), location.id(),
                treatment.id(), client, practitioner.id(), List.of(), TimeRange.of(start, treatment.duration()),
                Duration.ZERO, Duration.ZERO, AgreedTerms.offered(treatment, BookingPolicy.DEFAULT)),
                AppointmentStatus.COMPLETED, Optional.empty());
        String manageToken = OpaqueTokens.generate(clinic.id());
        tx.inTenant(clinic.id(), () -> {
            new JpaAppointmentRepository(current).insert(appointment, OpaqueTokens.hash(manageToken));
            return null;
        });
        return new Seeded(id, manageToken);
    }
}

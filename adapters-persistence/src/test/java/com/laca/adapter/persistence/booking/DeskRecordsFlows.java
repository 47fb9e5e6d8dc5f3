package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.reporting.JpaMoneyMovementRepository;
import com.laca.adapter.persistence.support.JpaPersistencePorts;
import com.laca.domain.booking.AgreedTerms;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.LedgerResult;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.reporting.MoneyMovement;
import com.laca.application.shared.ConflictException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationReason;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The desk's records beside an appointment and the ledger entries the money view reads, as the application runs them. */
abstract class DeskRecordsFlows {

    private static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");

    private TenantId tenant;
    private AppointmentId first;
    private AppointmentId second;
    private final UserId receptionist = UserId.random();
    private LocationId location;

    abstract JpaPersistencePorts ports();

    @BeforeEach
    void bookTwoAppointments() {
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("desk-" + UUID.randomUUID()), "Clinic",
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        tenant = clinic.id();
        first = AppointmentId.random();
        second = AppointmentId.random();
        ports().tx().inTenant(tenant, () -> {
            ports().tenants().insert(clinic);
            Location location = new Location(LocationId.random(), "Bath",
                    new Address("1 Milsom Street", null, "Bath", "BA1 1DA", "GB"), ZoneId.of("Europe/London"), true,
                    0);
            ports().locations().insert(location);
            this.location = location.id();
            Practitioner ana = new Practitioner(PractitionerId.random(), "Dr Ana", Set.of(Qualification.DOCTOR),
                    Set.of(location.id()), true, 0);
            ports().practitioners().insert(ana);
            Treatment consultation = new Treatment(TreatmentId.random(), "Consultation",
                    TreatmentCategory.CONSULTATION, null, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO,
                    Money.of(0, "GBP"), null, Set.of(), BookingWindow.DEFAULT, true, 0);
            ports().treatments().insert(consultation);
            Client client = new Client(ClientId.random(), tenant, "Cara", "Client",
                    new EmailAddress("cara@example.com"), new PhoneNumber("07700 900123"), LocalDate.of(1990, 1, 1));
            ports().clients().insert(client);
            for (int i = 0; i < 2; i++) {
                Instant start = Instant.parse("2026-06-02T09:00:00Z").plus(Duration.ofHours(i));
                ports().appointments().insert(Appointment.confirmed(new AppointmentDetails(i == 0 ? first : second,
                        tenant, location.id(), consultation.id(), client.id(), ana.id(), List.of(),
                        new TimeRange(start, start.plus(Duration.ofMinutes(30))), Duration.ZERO, Duration.ZERO,
                        AgreedTerms.offered(consultation, BookingPolicy.DEFAULT))),
                        UUID.randomUUID().toString());
            }
            return null;
        });
    }

    @Test
    @DisplayName("a cancellation record is read back as written, once per appointment")
    void cancellationOncePerAppointment() {
        CancellationRecord record = new CancellationRecord(first, CancellationReason.OTHER,
                Optional.of("Flood in the treatment room"), Optional.of(receptionist), NOON);
        ports().tx().inTenant(tenant, () -> {
            ports().deskRecords().recordCancellation(record);
            return null;
        });

        assertThat(ports().tx().inTenant(tenant, () -> ports().deskRecords().cancellations(List.of(first, second))))
                .containsOnlyKeys(first).containsEntry(first, record);
        assertThatThrownBy(() -> ports().tx().inTenant(tenant, () -> {
            ports().deskRecords().recordCancellation(CancellationRecord.byClient(first, NOON));
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("the calendar reads the ledgers of many appointments together: each with its entries in order, "
            + "appointments without a ledger left out (reviewer finding 19: one query for all, not one each)")
    void ledgersReadTogether() {
        ports().tx().inTenant(tenant, () -> {
            PaymentLedger ledger = ports().paymentLedgers().lockOrOpen(first, Money.of(5_000, "GBP")).ledger();
            ports().paymentLedgers().append(first, ((LedgerResult.Recorded) ledger.recordDepositPaid(
                    Money.of(1_000, "GBP"), NOON, PaymentReference.of("pi_first"))).entry());
            return null;
        });

        var found = ports().tx().inTenant(tenant, () -> ports().paymentLedgers().findAll(List.of(first, second)));

        assertThat(found).containsOnlyKeys(first);
        assertThat(found.get(first).price()).isEqualTo(Money.of(5_000, "GBP"));
        assertThat(found.get(first).ledger().entries()).extracting(e -> e.kind())
                .containsExactly(LedgerEntryKind.DEPOSIT_PAID);
        assertThat(ports().tx().inTenant(tenant, () -> ports().paymentLedgers().findAll(List.of()))).isEmpty();
    }

    @Test
    @DisplayName("the money view reads ledger entries recorded in the range, and earlier ones of appointments still "
            + "ahead, with each appointment's start, per location")
    void moneyMovements() {
        Instant lastWeek = Instant.parse("2026-05-25T09:00:00Z");
        ports().tx().inTenant(tenant, () -> {
            for (AppointmentId appointment : List.of(first, second)) {
                PaymentLedger ledger = ports().paymentLedgers().lockOrOpen(appointment, Money.of(5_000, "GBP"))
                        .ledger();
                ports().paymentLedgers().append(appointment, ((LedgerResult.Recorded) ledger.recordDepositPaid(
                        Money.of(1_000, "GBP"), appointment.equals(first) ? lastWeek : NOON,
                        PaymentReference.of("pi_" + appointment))).entry());
            }
            return null;
        });
        Instant from = Instant.parse("2026-06-01T00:00:00Z");
        Instant to = Instant.parse("2026-06-02T00:00:00Z");

        List<MoneyMovement> read = ports().tx().inTenant(tenant, () ->
                new JpaMoneyMovementRepository(ports().current()).movements(from, to, Optional.of(location)));
        List<MoneyMovement> elsewhere = ports().tx().inTenant(tenant, () ->
                new JpaMoneyMovementRepository(ports().current()).movements(from, to,
                        Optional.of(LocationId.random())));

        assertThat(read).extracting(MoneyMovement::appointment).containsExactly(first, second);
        assertThat(read.get(0).at()).isEqualTo(lastWeek);
        assertThat(read.get(0).appointmentStart()).isEqualTo(Instant.parse("2026-06-02T09:00:00Z"));
        assertThat(read.get(1).kind()).isEqualTo(LedgerEntryKind.DEPOSIT_PAID);
        assertThat(read.get(1).amount()).isEqualTo(Money.of(1_000, "GBP"));
        assertThat(elsewhere).isEmpty();
    }

    @Test
    @DisplayName("notes come back per appointment, oldest first, and another clinic sees none of them")
    void notesOldestFirst() {
        AppointmentNote later = new AppointmentNote(UUID.randomUUID(), first, "Bring photo ID", receptionist,
                NOON.plusSeconds(60));
        AppointmentNote earlier = new AppointmentNote(UUID.randomUUID(), first, "Prefers the afternoon",
                receptionist, NOON);
        AppointmentNote other = new AppointmentNote(UUID.randomUUID(), second, "Running late", receptionist, NOON);
        ports().tx().inTenant(tenant, () -> {
            ports().deskRecords().addNote(later);
            ports().deskRecords().addNote(earlier);
            ports().deskRecords().addNote(other);
            return null;
        });

        assertThat(ports().tx().inTenant(tenant, () -> ports().deskRecords().notes(List.of(first))))
                .containsExactly(earlier, later);
        TenantId stranger = TenantId.random();
        ports().tx().asPlatform(() -> {
            ports().tenants().insert(new Tenant(stranger, new TenantSlug("desk-" + UUID.randomUUID()), "Other",
                    ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0));
            return null;
        });
        assertThat(ports().tx().inTenant(stranger, () -> ports().deskRecords().notes(List.of(first, second))))
                .isEmpty();
    }
}

package com.laca.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.BookAppointmentUseCase;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.booking.service.BookAppointmentService;
import com.laca.application.booking.service.BookingPorts;
import com.laca.application.payment.service.BookingDeposits;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.BookingLimits;
import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's example of booking a slot with no server and no database, kept true by running it. */
@DisplayName("The README's in-memory booking runs as written")
class ReadmeExampleTest {

    @Test
    @DisplayName("a client books Ana's 10:00 peel on Wednesday, with no server and no database")
    void bookASlotInMemory() {
        // --- README example starts
        InMemoryPersistence store = new InMemoryPersistence();
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
        ZoneId london = ZoneId.of("Europe/London");
        Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("bath"), "Bath Aesthetics", london, "GBP",
                TenantStatus.ACTIVE, 0);
        Location bath = new Location(LocationId.random(), "Bath",
                new Address("1 Milsom Street", null, "Bath", "BA1 1DA", "GB"), london, true, 0);
        Practitioner ana = new Practitioner(PractitionerId.random(), "Ana", Set.of(Qualification.NURSE),
                Set.of(bath.id()), true, 0);
        Treatment peel = new Treatment(TreatmentId.random(), "Glow peel", TreatmentCategory.CHEMICAL_PEEL, null,
                Duration.ofMinutes(40), Duration.ZERO, Duration.ZERO, Money.of(8_500, "GBP"), null, Set.of(),
                BookingWindow.DEFAULT, DepositPolicy.none(), true, 0);
        store.tx().asPlatform(() -> {
            store.tenants().insert(clinic);
            return null;
        });
        store.tx().inTenant(clinic.id(), () -> {
            store.locations().insert(bath);
            store.practitioners().insert(ana);
            store.treatments().insert(peel);
            store.schedules().replaceWorkingHours(ana.id(), List.of(new WorkingHours(ana.id(), bath.id(),
                    DayOfWeek.WEDNESDAY, List.of(TimeWindow.of("09:00", "17:00")), DateRange.always())));
            return null;
        });
        BookAppointmentUseCase booking = new BookAppointmentService(new BookingPorts(store.tx(), store.tenants(),
                store.treatments(), store.locations(), store.practitioners(), store.resources(), store.appointments(),
                store.clients(), store.schedules(), store.bookingPolicies(), store.referenceDataVersion()),
                new BookingDeposits(store.tx(), new InMemoryPaymentGateway(), store.connectedAccounts(),
                        store.paymentIntents(), store.paymentLedgers(), clock),
                new AvailabilityEngine(), clock, BookingLimits.DEFAULT, store.bookingLimitLock());
        BookingResult result = booking.book(new BookAppointmentCommand(clinic.id(), peel.id(),
                Instant.parse("2026-06-03T09:00:00Z"), Optional.empty(), Optional.empty(),
                new ClientDetails("Emma", "Jones", "emma@example.com", "07700 900123", LocalDate.of(1990, 4, 15))));
        // result: BookingResult.Booked, CONFIRMED with Ana at 10:00 London time, with a private manage token
        // --- README example ends

        BookingResult.Booked booked = (BookingResult.Booked) result;
        assertThat(booked.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(booked.appointment().practitioner()).isEqualTo(ana.id());
        assertThat(booked.appointment().start().atOffset(booked.appointment().offset()).toString())
                .isEqualTo("2026-06-03T10:00+01:00");
    }
}

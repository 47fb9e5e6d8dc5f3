package com.laca.application.booking.service;

import com.laca.domain.booking.CancellationReason;

import com.laca.application.booking.port.in.StaffCancellation;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentAction;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.CalendarQuery;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.clinic.service.StaffPractitionerRecords;
import com.laca.application.identity.port.out.PasswordHasher;
import com.laca.application.identity.service.AuthSettings;
import com.laca.application.identity.service.StaffService;
import com.laca.application.payment.service.DepositSettlementService;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.identity.Role;
import com.laca.domain.identity.StaffAccount;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A practitioner linked to their record sees their own calendar and acts only on their own appointments")
class OwnAppointmentsTest {

    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(),
            new PayAtClinicPaymentGateway());
    private final OwnAppointments own = OwnAppointments.linkedBy(clinic.ports.staffAccounts());
    private final StaffCalendarService calendar = new StaffCalendarService(clinic.bookingPorts,
            new DepositSettlementService(clinic.ports.tx(),
                    clinic.ports.paymentLedgers(), clinic.ports.paymentIntents(), clinic.ports.connectedAccounts(),
                    new PayAtClinicPaymentGateway(), clinic.clock),
            clinic.clock, Duration.ofMinutes(60), BookingNotifications.none(clinic.bookingPorts), own);
    private final RescheduleAppointmentService reschedule = new RescheduleAppointmentService(clinic.bookingPorts,
            clinic.engine, clinic.clock, BookingSafetyGateway.NONE,
            BookingNotifications.none(clinic.bookingPorts), own);
    private final StaffService staff = new StaffService(clinic.ports.tx(), clinic.ports.staffAccounts(),
            clinic.ports.oneTimeTokens(), clinic.ports.refreshTokens(), new PasswordHasher() {
                @Override
                public String hash(String password) {
                    return "hash:" + password;
                }

                @Override
                public boolean matches(String password, String encodedHash) {
                    return false;
                }
            },
            new AuthSettings(Duration.ofDays(30), Duration.ofHours(24), Duration.ofDays(90)), clinic.clock,
            Optional.empty(), new StaffPractitionerRecords(clinic.ports.practitioners()));
    private final Caller manager = clinic.caller(Role.MANAGER);

    private Caller practitioner(String email, Optional<PractitionerId> linkedTo) {
        StaffAccount account = new StaffAccount(UserId.random(), clinic.tenant, new EmailAddress(email), "Ana Nurse",
                Set.of(Role.PRACTITIONER), null, true);
        clinic.ports.tx().inTenant(clinic.tenant, () -> {
            clinic.ports.staffAccounts().insert(account);
            return null;
        });
        staff.linkPractitioner(manager, account.id(), linkedTo);
        return new Caller(account.id(), clinic.tenant, Set.of(Role.PRACTITIONER));
    }

    @Test
    @DisplayName("the calendar defaults to the linked practitioner's own appointments; a colleague's can be asked for")
    void ownCalendarByDefault() {
        AppointmentView anas = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                "a@example.com").appointment();
        AppointmentView bens = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ben.id()),
                "b@example.com").appointment();
        Caller ana = practitioner("ana@clinic.test", Optional.of(clinic.ana.id()));

        assertThat(calendar.calendar(ana, new CalendarQuery(WEDNESDAY, WEDNESDAY, Optional.empty(), Optional.empty())))
                .extracting(AppointmentView::id).containsExactly(anas.id());
        assertThat(calendar.calendar(ana, new CalendarQuery(WEDNESDAY, WEDNESDAY, Optional.of(clinic.ben.id()),
                Optional.empty()))).extracting(AppointmentView::id).containsExactly(bens.id());
        assertThat(calendar.calendar(clinic.caller(Role.FRONTDESK), new CalendarQuery(WEDNESDAY, WEDNESDAY,
                Optional.empty(), Optional.empty()))).hasSize(2);
    }

    @Test
    @DisplayName("a practitioner cancels their own appointment but not a colleague's, which the desk may")
    void actsOnOwnOnly() {
        AppointmentView anas = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                "a@example.com").appointment();
        AppointmentView bens = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ben.id()),
                "b@example.com").appointment();
        Caller ana = practitioner("ana@clinic.test", Optional.of(clinic.ana.id()));

        assertThatThrownBy(() -> calendar.cancel(ana, bens.id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reschedule.reschedule(ana, bens.id(), WEDNESDAY_10AM.plus(Duration.ofHours(1)),
                Optional.empty())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reschedule.reschedule(ana, anas.id(), WEDNESDAY_10AM.plus(Duration.ofHours(1)),
                Optional.of(clinic.ben.id()))).as("not onto a colleague's list either")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(calendar.cancel(ana, anas.id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty())))
                .isInstanceOf(TransitionOutcome.Changed.class);
        assertThat(reschedule.reschedule(clinic.caller(Role.FRONTDESK), bens.id(),
                WEDNESDAY_10AM.plus(Duration.ofHours(1)), Optional.empty())).isInstanceOf(BookingResult.Booked.class);
    }

    @Test
    @DisplayName("an unlinked practitioner sees the whole clinic but may act on no appointment")
    void unlinkedPractitioner() {
        AppointmentView anas = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                "a@example.com").appointment();
        Caller someone = practitioner("someone@clinic.test", Optional.empty());

        assertThat(calendar.calendar(someone, new CalendarQuery(WEDNESDAY, WEDNESDAY, Optional.empty(),
                Optional.empty()))).hasSize(1);
        assertThatThrownBy(() -> calendar.cancel(someone, anas.id(), new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("a link must name a practitioner of this clinic, once; front desk may not set it")
    void linkRules() {
        practitioner("ana@clinic.test", Optional.of(clinic.ana.id()));

        assertThatThrownBy(() -> practitioner("ghost@clinic.test", Optional.of(PractitionerId.random())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> practitioner("twin@clinic.test", Optional.of(clinic.ana.id())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> staff.linkPractitioner(clinic.caller(Role.FRONTDESK), UserId.random(),
                Optional.of(clinic.ben.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("the staff calendar shows the location's and rooms' names and the client's phone")
    void calendarDetails() {
        clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");

        AppointmentView shown = calendar.calendar(clinic.caller(Role.FRONTDESK), new CalendarQuery(WEDNESDAY,
                WEDNESDAY, Optional.empty(), Optional.empty())).get(0);

        assertThat(shown.locationName()).isEqualTo("Bath");
        assertThat(shown.resourceNames()).containsExactly("Room 1");
        assertThat(shown.clientPhone()).isNotBlank();
    }
}

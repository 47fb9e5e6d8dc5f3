package com.laca.application.reporting.service;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.academy.InMemoryAcademy;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.service.BookingFixture;
import com.laca.application.reporting.port.in.OwnerDashboard;
import com.laca.application.shared.AccessDeniedException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Owner's dashboard over the clinic's stored appointments")
class OwnerDashboardServiceTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final BookingFixture clinic = new BookingFixture(ports, new PayAtClinicPaymentGateway());
    private final InMemoryAcademy academy = new InMemoryAcademy(ports.tx());
    private final OwnerDashboardService dashboard = new OwnerDashboardService(clinic.ports.tx(),
            clinic.ports.tenants(), clinic.ports.appointments(), clinic.ports.paymentLedgers(),
            clinic.ports.practitioners(), clinic.ports.schedules(), clinic.ports.resources(), academy.courses(),
            academy.enrolments(), clinic.clock);

    @Test
    @DisplayName("counts this week's bookings per practitioner and shows the owner the money, with nothing taken yet")
    void ownerSeesFigures() {
        clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");
        clinic.book(clinic.consultation, WEDNESDAY_10AM.plus(Duration.ofHours(1)), Optional.of(clinic.ana.id()),
                "b@example.com");

        OwnerDashboard figures = dashboard.dashboard(clinic.caller(Role.OWNER));

        assertThat(figures.bookedMinutesByPractitioner()).containsEntry(clinic.ana.id(), 60L);
        // Ana and Ben work Monday to Friday 09:00-17:00: 5 x 480 = 2400 minutes; Ana booked 60 of them = 2.5 %
        assertThat(figures.utilisationByPractitioner().get(clinic.ana.id())).isEqualTo(
                new com.laca.domain.reporting.Rate(60, 2_400));
        assertThat(figures.utilisationByPractitioner().get(clinic.ana.id()).percent()).hasValue(2.5);
        assertThat(figures.utilisationByPractitioner().get(clinic.ben.id()).percent()).hasValue(0.0);
        assertThat(figures.todayByStatus()).containsEntry(AppointmentStatus.CONFIRMED, 0L);
        assertThat(figures.noShowRate30().percent()).isEmpty();
        // the chart: eight weeks, oldest first, ending with this one; this week's two kept bookings, nothing taken
        assertThat(figures.weeks()).hasSize(8);
        assertThat(figures.weeks().get(7).weekStart()).isEqualTo(figures.weekStart());
        assertThat(figures.weeks().get(0).weekStart()).isEqualTo(figures.weekStart().minusWeeks(7));
        assertThat(figures.weeks().get(7).bookings()).isEqualTo(2);
        assertThat(figures.weeks().get(7).revenue()).hasValueSatisfying(r -> assertThat(r.net().isZero()).isTrue());
        assertThat(figures.money()).hasValueSatisfying(money ->
                assertThat(money.thisMonth().takings()).isEqualTo(Money.zero(money.thisMonth().currency())));
    }

    @Test
    @DisplayName("a room's utilisation is its booked minutes out of the hours someone works at its location")
    void roomUtilisation() {
        clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ben.id()), "c@example.com");
        clinic.book(clinic.toxin, WEDNESDAY_10AM.plus(Duration.ofHours(1)), Optional.of(clinic.ben.id()),
                "d@example.com");

        OwnerDashboard figures = dashboard.dashboard(clinic.caller(Role.OWNER));

        // Ana and Ben both work Monday to Friday 09:00-17:00 at the room's location: staffed 5 x 480 = 2400 minutes
        // (the same hours, counted once); two 30-minute toxin treatments use the room for 60 of them = 2.5 %
        assertThat(figures.bookedMinutesByResource()).containsEntry(clinic.room.id(), 60L);
        assertThat(figures.utilisationByResource()).containsOnlyKeys(clinic.room.id());
        assertThat(figures.utilisationByResource().get(clinic.room.id())).isEqualTo(
                new com.laca.domain.reporting.Rate(60, 2_400));
        assertThat(figures.utilisationByResource().get(clinic.room.id()).percent()).hasValue(2.5);
    }

    @Test
    @DisplayName("academy figures are absent without courses, and count active students and completions with them")
    void academyFigures() {
        assertThat(dashboard.dashboard(clinic.caller(Role.OWNER)).academy()).as("no courses: absent, not zero")
                .isEmpty();
        var course = new com.laca.domain.academy.course.Course(com.laca.domain.academy.CourseId.random(), "Toxin",
                false, com.laca.domain.academy.access.AccessRule.none());
        var now = clinic.clock.instant();
        clinic.ports.tx().inTenant(clinic.tenant, () -> {
            academy.courses().insert(course);
            for (var status : java.util.List.of(com.laca.domain.academy.enrolment.EnrolmentStatus.ACTIVE,
                    com.laca.domain.academy.enrolment.EnrolmentStatus.ACTIVE,
                    com.laca.domain.academy.enrolment.EnrolmentStatus.COMPLETED,
                    com.laca.domain.academy.enrolment.EnrolmentStatus.COMPLETED,
                    com.laca.domain.academy.enrolment.EnrolmentStatus.COMPLETED,
                    com.laca.domain.academy.enrolment.EnrolmentStatus.WITHDRAWN)) {
                boolean completed = status == com.laca.domain.academy.enrolment.EnrolmentStatus.COMPLETED;
                boolean withdrawn = status == com.laca.domain.academy.enrolment.EnrolmentStatus.WITHDRAWN;
                academy.enrolments().insert(new com.laca.domain.academy.enrolment.Enrolment(
                        com.laca.domain.academy.EnrolmentId.random(), course.id(),
                        com.laca.domain.shared.UserId.random(),
                        com.laca.domain.academy.enrolment.EnrolmentRoute.BY_STAFF, status,
                        now.minus(Duration.ofDays(30)), Optional.empty(),
                        completed ? Optional.of(1) : Optional.empty(),
                        completed ? Optional.of(now.minus(Duration.ofDays(2))) : Optional.empty(),
                        withdrawn ? Optional.of(now.minus(Duration.ofDays(3))) : Optional.empty(), Optional.empty()));
            }
            return null;
        });

        var figures = dashboard.dashboard(clinic.caller(Role.OWNER)).academy().orElseThrow();

        // two learners studying; 3 completed out of 4 ended (3 completed + 1 withdrawn) = 75 %
        assertThat(figures.activeStudents()).isEqualTo(2);
        assertThat(figures.completionRate()).isEqualTo(new com.laca.domain.reporting.Rate(3, 4));
        assertThat(figures.completionRate().percent()).hasValue(75.0);
        assertThat(dashboard.dashboard(clinic.caller(Role.FINANCE)).academy()).as("finance may not see courses")
                .isEmpty();
    }

    @Test
    @DisplayName("a practitioner sees the diary figures but not the money, and a student sees nothing")
    void permissions() {
        assertThat(dashboard.dashboard(clinic.caller(Role.PRACTITIONER)).money()).isEmpty();
        assertThat(dashboard.dashboard(clinic.caller(Role.PRACTITIONER)).weeks())
                .allSatisfy(week -> assertThat(week.revenue()).as("no money for a practitioner").isEmpty());
        assertThatThrownBy(() -> dashboard.dashboard(clinic.caller(Role.STUDENT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("the front desk takes payments but does not see the clinic's revenue; finance does")
    void frontDeskSeesNoRevenue() {
        OwnerDashboard desk = dashboard.dashboard(clinic.caller(Role.FRONTDESK));
        assertThat(desk.money()).as("revenue needs REPORTS_MONEY").isEmpty();
        assertThat(desk.weeks()).allSatisfy(week -> assertThat(week.revenue()).isEmpty());
        assertThat(dashboard.dashboard(clinic.caller(Role.FINANCE)).money()).isPresent();
    }
}

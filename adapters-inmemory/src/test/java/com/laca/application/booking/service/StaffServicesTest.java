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
import com.laca.domain.payment.DepositStatus;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.CalendarQuery;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.TransitionRefusal;
import com.laca.domain.clinic.Resource;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.identity.Role;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The clinic's day: calendar, front-desk actions and schedules")
class StaffServicesTest {

    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(),
            new PayAtClinicPaymentGateway());

    private List<AvailableSlot> wednesday(Optional<PractitionerId> practitioner) {
        return clinic.availability.availability(new AvailabilityRequest(clinic.tenant, clinic.consultation.id(),
                WEDNESDAY, WEDNESDAY, practitioner, Optional.empty()));
    }

    @Nested
    @DisplayName("Calendar and lifecycle actions")
    class Calendar {

        @Test
        @DisplayName("the day's appointments in time order with names, for one practitioner or the whole clinic")
        void calendar() {
            AppointmentView late = clinic.book(clinic.consultation, WEDNESDAY_10AM.plus(Duration.ofHours(2)),
                    Optional.of(clinic.ben.id()), "b@example.com").appointment();
            AppointmentView early = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                    "a@example.com").appointment();
            clinic.book(clinic.consultation, WEDNESDAY_10AM.plus(Duration.ofDays(1)), Optional.empty(),
                    "c@example.com");

            List<AppointmentView> day = clinic.calendar.calendar(clinic.caller(Role.PRACTITIONER),
                    new CalendarQuery(WEDNESDAY, WEDNESDAY, Optional.empty(), Optional.empty()));
            List<AppointmentView> anasDay = clinic.calendar.calendar(clinic.caller(Role.FRONTDESK),
                    new CalendarQuery(WEDNESDAY, WEDNESDAY, Optional.of(clinic.ana.id()),
                            Optional.of(clinic.location.id())));

            // the calendar adds what only staff see (the deposit's status), so it is compared by id
            assertThat(day).extracting(AppointmentView::id).containsExactly(early.id(), late.id());
            assertThat(day.get(0).practitionerName()).isEqualTo("Ana Nurse");
            assertThat(day.get(0).deposit()).contains(DepositStatus.NONE);
            assertThat(anasDay).extracting(AppointmentView::id).containsExactly(early.id());
        }

        @Test
        @DisplayName("reading needs APPOINTMENTS_VIEW; ranges over 31 days are refused")
        void calendarGuards() {
            assertThatThrownBy(() -> clinic.calendar.calendar(clinic.caller(Role.INSTRUCTOR),
                    new CalendarQuery(WEDNESDAY, WEDNESDAY, Optional.empty(), Optional.empty())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clinic.calendar.calendar(clinic.caller(Role.OWNER),
                    new CalendarQuery(WEDNESDAY, WEDNESDAY.plusDays(31), Optional.empty(), Optional.empty())))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> clinic.calendar.get(clinic.caller(Role.OWNER), AppointmentId.random()))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("check in, then complete; completing twice or a no-show before the start is refused")
        void lifecycle() {
            AppointmentId id = clinic.bookAny(clinic.consultation, WEDNESDAY_10AM).id();
            var desk = clinic.caller(Role.FRONTDESK);

            assertThat(clinic.calendar.act(desk, id, AppointmentAction.NO_SHOW))
                    .isInstanceOfSatisfying(TransitionOutcome.Refused.class,
                            r -> assertThat(r.refusal()).isEqualTo(TransitionRefusal.NOT_STARTED_YET));
            assertThat(clinic.calendar.act(desk, id, AppointmentAction.COMPLETE))
                    .isInstanceOfSatisfying(TransitionOutcome.Refused.class,
                            r -> assertThat(r.refusal()).isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION));
            clinic.clock.set(WEDNESDAY_10AM.minus(Duration.ofMinutes(5)));
            assertThat(clinic.calendar.act(desk, id, AppointmentAction.CHECK_IN))
                    .isInstanceOfSatisfying(TransitionOutcome.Changed.class, c -> {
                        assertThat(c.appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
                        assertThat(c.cancellation()).isEmpty();
                    });
            assertThat(clinic.calendar.act(desk, id, AppointmentAction.COMPLETE))
                    .as("not before the start").isInstanceOfSatisfying(TransitionOutcome.Refused.class,
                            r -> assertThat(r.refusal()).isEqualTo(TransitionRefusal.NOT_STARTED_YET));
            clinic.clock.set(WEDNESDAY_10AM.plus(Duration.ofMinutes(30)));
            assertThat(clinic.calendar.act(desk, id, AppointmentAction.COMPLETE))
                    .isInstanceOf(TransitionOutcome.Changed.class);
            assertThat(clinic.calendar.act(desk, id, AppointmentAction.COMPLETE))
                    .isInstanceOf(TransitionOutcome.Refused.class);
            assertThat(clinic.calendar.get(desk, id).version()).isEqualTo(2);
        }

        @Test
        @DisplayName("a no-show after the start forfeits the deposit; acting needs APPOINTMENTS_MANAGE")
        void noShow() {
            AppointmentId id = clinic.bookAny(clinic.consultation, WEDNESDAY_10AM).id();
            assertThatThrownBy(() -> clinic.calendar.act(clinic.caller(Role.FINANCE), id, AppointmentAction.NO_SHOW))
                    .isInstanceOf(AccessDeniedException.class);
            clinic.clock.set(WEDNESDAY_10AM.plus(Duration.ofMinutes(20)));

            assertThat(clinic.calendar.act(clinic.caller(Role.FRONTDESK), id, AppointmentAction.NO_SHOW))
                    .isInstanceOfSatisfying(TransitionOutcome.Changed.class, c -> {
                        assertThat(c.appointment().status()).isEqualTo(AppointmentStatus.NO_SHOW);
                        assertThat(c.cancellation()).contains(CancellationOutcome.NO_SHOW);
                    });
        }

        @Test
        @DisplayName("the front desk cancels for the client; the slot is offered again")
        void deskCancels() {
            AppointmentId id = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                    "a@example.com").appointment().id();

            assertThat(clinic.calendar.cancel(clinic.caller(Role.FRONTDESK), id, new StaffCancellation(CancellationReason.CLIENT_REQUEST, java.util.Optional.empty())))
                    .isInstanceOfSatisfying(TransitionOutcome.Changed.class,
                            c -> assertThat(c.cancellation()).contains(CancellationOutcome.FREE_CANCELLATION));
            assertThat(wednesday(Optional.of(clinic.ana.id()))).extracting(AvailableSlot::start)
                    .contains(WEDNESDAY_10AM);
        }

        @Test
        @DisplayName("a cancellation without a reason is refused: the calendar must always say who called it off and why")
        void cancelWithoutReasonRefused() {
            AppointmentId id = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                    "a@example.com").appointment().id();

            assertThatThrownBy(() -> clinic.calendar.act(clinic.caller(Role.FRONTDESK), id, AppointmentAction.CANCEL))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(clinic.calendar.get(clinic.caller(Role.FRONTDESK), id).status())
                    .isEqualTo(com.laca.domain.booking.AppointmentStatus.CONFIRMED);
        }
    }

    @Nested
    @DisplayName("Schedules")
    class Schedules {

        @Test
        @DisplayName("a closure shuts the day; removing it opens the day again")
        void closure() {
            clinic.schedule.setClosure(clinic.caller(Role.MANAGER), new Closure(WEDNESDAY, "Staff training"));
            assertThat(wednesday(Optional.empty())).isEmpty();
            assertThat(clinic.schedule.closures(clinic.caller(Role.FRONTDESK), WEDNESDAY, WEDNESDAY))
                    .containsExactly(new Closure(WEDNESDAY, "Staff training"));

            clinic.schedule.removeClosure(clinic.caller(Role.MANAGER), WEDNESDAY);
            assertThat(wednesday(Optional.empty())).hasSize(30);
            assertThatThrownBy(() -> clinic.schedule.removeClosure(clinic.caller(Role.MANAGER), WEDNESDAY))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("the front desk blocks a practitioner's time off but may not change working hours")
        void permissions() {
            TimeOff morning = new TimeOff(clinic.ana.id(), new TimeRange(WEDNESDAY_10AM.minus(Duration.ofHours(1)),
                    WEDNESDAY_10AM.plus(Duration.ofHours(2))));
            Scheduled<TimeOff> added = clinic.schedule.addTimeOff(clinic.caller(Role.FRONTDESK), morning);

            assertThat(wednesday(Optional.of(clinic.ana.id()))).extracting(AvailableSlot::start)
                    .doesNotContain(WEDNESDAY_10AM);
            assertThat(clinic.schedule.timeOff(clinic.caller(Role.PRACTITIONER), clinic.ana.id(), WEDNESDAY,
                    WEDNESDAY)).containsExactly(added);
            assertThatThrownBy(() -> clinic.schedule.replaceWorkingHours(clinic.caller(Role.FRONTDESK),
                    clinic.ana.id(), List.of())).isInstanceOf(AccessDeniedException.class);

            clinic.schedule.removeTimeOff(clinic.caller(Role.FRONTDESK), clinic.ana.id(), added.id());
            assertThat(wednesday(Optional.of(clinic.ana.id()))).extracting(AvailableSlot::start)
                    .contains(WEDNESDAY_10AM);
        }

        @Test
        @DisplayName("the booking terms are a setting: every role that may view settings reads them, instructors too")
        void bookingTermsAreASetting() {
            for (Role role : List.of(Role.INSTRUCTOR, Role.FINANCE, Role.FRONTDESK, Role.PRACTITIONER)) {
                assertThat(clinic.schedule.bookingPolicy(clinic.caller(role))).as("%s", role).isNotNull();
            }
            assertThatThrownBy(() -> clinic.schedule.bookingPolicy(clinic.caller(Role.PLATFORM_ADMIN)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("SETTINGS_VIEW");
        }

        @Test
        @DisplayName("new weekly hours replace the old ones at once; rules for someone else are refused")
        void workingHours() {
            WorkingHours mornings = new WorkingHours(clinic.ana.id(), clinic.location.id(), DayOfWeek.WEDNESDAY,
                    List.of(TimeWindow.of("09:00", "10:00")), DateRange.always());
            var manager = clinic.caller(Role.MANAGER);

            assertThat(clinic.schedule.replaceWorkingHours(manager, clinic.ana.id(), List.of(mornings)))
                    .containsExactly(mornings);
            assertThat(wednesday(Optional.of(clinic.ana.id()))).hasSize(2);
            assertThatThrownBy(() -> clinic.schedule.replaceWorkingHours(manager, clinic.ben.id(), List.of(mornings)))
                    .isInstanceOf(InvalidInputException.class);
            WorkingHours nowhere = new WorkingHours(clinic.ana.id(), LocationId.random(), DayOfWeek.MONDAY,
                    List.of(TimeWindow.of("09:00", "10:00")), DateRange.always());
            assertThatThrownBy(() -> clinic.schedule.replaceWorkingHours(manager, clinic.ana.id(), List.of(nowhere)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> clinic.schedule.workingHours(manager, PractitionerId.random()))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("hours at a location of the clinic where the practitioner does not work are refused, naming the "
                + "entry, instead of being stored and never offered")
        void hoursOnlyWhereThePractitionerWorks() {
            var manager = clinic.caller(Role.MANAGER);
            var elsewhere = new com.laca.domain.clinic.Location(LocationId.random(), "Elsewhere",
                    clinic.location.address(), clinic.location.zone(), true, 0);
            clinic.ports.tx().inTenant(clinic.tenant, () -> {
                clinic.ports.locations().insert(elsewhere);
                return null;
            });
            WorkingHours mornings = new WorkingHours(clinic.ana.id(), clinic.location.id(), DayOfWeek.WEDNESDAY,
                    List.of(TimeWindow.of("09:00", "10:00")), DateRange.always());
            WorkingHours away = new WorkingHours(clinic.ana.id(), elsewhere.id(), DayOfWeek.THURSDAY,
                    List.of(TimeWindow.of("09:00", "10:00")), DateRange.always());

            assertThatThrownBy(() -> clinic.schedule.replaceWorkingHours(manager, clinic.ana.id(),
                    List.of(mornings, away))).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("[1].location"));
            assertThatThrownBy(() -> clinic.schedule.setOverride(manager,
                    DayOverride.closed(clinic.ana.id(), elsewhere.id(), WEDNESDAY)))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        @DisplayName("an override with no windows closes one practitioner's day at one location")
        void overrideClosesADay() {
            var manager = clinic.caller(Role.MANAGER);
            clinic.schedule.setOverride(manager, DayOverride.closed(clinic.ana.id(), clinic.location.id(), WEDNESDAY));

            assertThat(wednesday(Optional.of(clinic.ana.id()))).isEmpty();
            assertThat(clinic.schedule.overrides(manager, clinic.ana.id(), WEDNESDAY, WEDNESDAY)).hasSize(1);
            clinic.schedule.removeOverride(manager, clinic.ana.id(), clinic.location.id(), WEDNESDAY);
            assertThat(wednesday(Optional.of(clinic.ana.id()))).hasSize(30);
        }

        @Test
        @DisplayName("a blocked room takes every treatment that needs it off the list")
        void blockedRoom() {
            var desk = clinic.caller(Role.FRONTDESK);
            Scheduled<ResourceBlock> block = clinic.schedule.blockResource(desk, new ResourceBlock(clinic.room.id(),
                    new TimeRange(WEDNESDAY_10AM, WEDNESDAY_10AM.plus(Duration.ofHours(1)))));

            assertThat(clinic.availability.availability(new AvailabilityRequest(clinic.tenant, clinic.toxin.id(),
                    WEDNESDAY, WEDNESDAY, Optional.empty(), Optional.empty())))
                    .extracting(AvailableSlot::start).doesNotContain(WEDNESDAY_10AM);
            assertThat(clinic.schedule.resourceBlocks(desk, clinic.location.id(), WEDNESDAY, WEDNESDAY))
                    .containsExactly(block);
            clinic.schedule.unblockResource(desk, clinic.room.id(), block.id());
            assertThatThrownBy(() -> clinic.schedule.unblockResource(desk, clinic.room.id(), UUID.randomUUID()))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("time off is removed only through its own practitioner: naming another is not found")
        void timeOffOfAnotherPractitioner() {
            var desk = clinic.caller(Role.FRONTDESK);
            Scheduled<TimeOff> anasMorning = clinic.schedule.addTimeOff(desk, new TimeOff(clinic.ana.id(),
                    new TimeRange(WEDNESDAY_10AM, WEDNESDAY_10AM.plus(Duration.ofHours(2)))));

            assertThatThrownBy(() -> clinic.schedule.removeTimeOff(desk, clinic.ben.id(), anasMorning.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(clinic.schedule.timeOff(desk, clinic.ana.id(), WEDNESDAY, WEDNESDAY))
                    .containsExactly(anasMorning);
            clinic.schedule.removeTimeOff(desk, clinic.ana.id(), anasMorning.id());
            assertThat(clinic.schedule.timeOff(desk, clinic.ana.id(), WEDNESDAY, WEDNESDAY)).isEmpty();
        }

        @Test
        @DisplayName("a block is removed only through its own room or device: naming another is not found")
        void blockOfAnotherRoom() {
            var desk = clinic.caller(Role.FRONTDESK);
            Resource laser = new Resource(ResourceId.random(), clinic.location.id(), "Laser", new ResourceType("LASER"),
                    true, 0);
            clinic.ports.tx().inTenant(clinic.tenant, () -> {
                clinic.ports.resources().insert(laser);
                return null;
            });
            Scheduled<ResourceBlock> roomBlock = clinic.schedule.blockResource(desk, new ResourceBlock(
                    clinic.room.id(), new TimeRange(WEDNESDAY_10AM, WEDNESDAY_10AM.plus(Duration.ofHours(1)))));

            assertThatThrownBy(() -> clinic.schedule.unblockResource(desk, laser.id(), roomBlock.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(clinic.schedule.resourceBlocks(desk, clinic.location.id(), WEDNESDAY, WEDNESDAY))
                    .containsExactly(roomBlock);
            clinic.schedule.unblockResource(desk, clinic.room.id(), roomBlock.id());
            assertThat(clinic.schedule.resourceBlocks(desk, clinic.location.id(), WEDNESDAY, WEDNESDAY)).isEmpty();
        }
    }
}

package com.laca.application.booking.service;

import static com.laca.application.booking.service.BookingFixture.NOW;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY;
import static com.laca.application.booking.service.BookingFixture.WEDNESDAY_10AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.adapter.inmemory.payment.InMemoryPaymentGateway;
import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.booking.port.in.AppointmentView;
import com.laca.application.booking.port.in.AvailabilityRequest;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.BookingResult;
import com.laca.application.booking.port.in.BookAppointmentCommand;
import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.booking.port.in.TransitionOutcome;
import com.laca.application.booking.port.out.ClientRepository;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.OpaqueTokens;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.TransitionRefusal;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.identity.Role;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Booking a treatment")
class BookingServiceTest {

    private final BookingFixture clinic = new BookingFixture(new InMemoryPersistencePorts(),
            new PayAtClinicPaymentGateway());

    private List<AvailableSlot> slots(Treatment treatment, LocalDate from, LocalDate to,
                                      Optional<PractitionerId> practitioner) {
        return clinic.availability.availability(new AvailabilityRequest(clinic.tenant, treatment.id(), from, to,
                practitioner, Optional.empty()));
    }

    private List<AvailableSlot> wednesday(Treatment treatment) {
        return slots(treatment, WEDNESDAY, WEDNESDAY, Optional.empty());
    }

    private Optional<AvailableSlot> slotAt(Treatment treatment, Instant start) {
        return wednesday(treatment).stream().filter(slot -> slot.start().equals(start)).findFirst();
    }

    @Nested
    @DisplayName("Seeing free times")
    class Availability {

        @Test
        @DisplayName("a weekday from 09:00 to 16:15 local time, the last start leaving room for the clean-up")
        void listsTheDay() {
            List<AvailableSlot> slots = wednesday(clinic.consultation);

            assertThat(slots).hasSize(30);
            assertThat(slots.get(0).localStart()).hasToString("2026-06-03T09:00+01:00");
            assertThat(slots.get(slots.size() - 1).localStart()).hasToString("2026-06-03T16:15+01:00");
            assertThat(slots.get(0).practitioners()).containsExactlyInAnyOrder(clinic.ana.id(), clinic.ben.id());
            assertThat(slots.get(0).location()).isEqualTo(clinic.location.id());
            assertThat(slots.get(0).offset()).isEqualTo(ZoneOffset.ofHours(1));
        }

        @Test
        @DisplayName("a booked time is no longer offered with that practitioner, and the room it uses is taken")
        void bookedTimeDisappears() {
            clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");

            assertThat(slotAt(clinic.consultation, WEDNESDAY_10AM).orElseThrow().practitioners())
                    .containsExactly(clinic.ben.id());
            assertThat(slotAt(clinic.toxin, WEDNESDAY_10AM)).isEmpty();
            assertThat(slotAt(clinic.toxin, WEDNESDAY_10AM.plus(Duration.ofMinutes(45)))).isPresent();
        }

        @Test
        @DisplayName("a reversed range or one over 31 days is refused, naming the field")
        void rangeChecks() {
            assertThatThrownBy(() -> slots(clinic.consultation, WEDNESDAY, WEDNESDAY.minusDays(1), Optional.empty()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("to"));
            assertThatThrownBy(() -> slots(clinic.consultation, WEDNESDAY, WEDNESDAY.plusDays(31), Optional.empty()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("to"));
            assertThat(slots(clinic.consultation, WEDNESDAY, WEDNESDAY.plusDays(30), Optional.empty())).isNotEmpty();
        }

        @Test
        @DisplayName("an unknown treatment or practitioner is not found")
        void unknowns() {
            assertThatThrownBy(() -> clinic.availability.availability(new AvailabilityRequest(clinic.tenant,
                    TreatmentId.random(), WEDNESDAY, WEDNESDAY, Optional.empty(), Optional.empty())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> slots(clinic.consultation, WEDNESDAY, WEDNESDAY,
                    Optional.of(PractitionerId.random()))).isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("a treatment nobody is qualified for offers nothing")
        void unqualified() {
            Treatment laser = clinic.store(BookingFixture.treatment("Laser", Qualification.DOCTOR, Set.of(),
                    DepositPolicy.none()));
            assertThat(wednesday(laser)).isEmpty();
        }
    }

    @Nested
    @DisplayName("Making a booking")
    class Booking {

        @Test
        @DisplayName("a listed slot books: confirmed, with names for the page and a private manage token")
        void booksAListedSlot() {
            BookingResult.Booked booked = clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                    "Cara@Example.com");

            AppointmentView view = booked.appointment();
            assertThat(view.status()).isEqualTo(AppointmentStatus.CONFIRMED);
            assertThat(view.holdExpiresAt()).isEmpty();
            assertThat(view.treatmentName()).isEqualTo("Toxin, one area");
            assertThat(view.practitionerName()).isEqualTo("Ana Nurse");
            assertThat(view.clientName()).isEqualTo("Cara Client");
            assertThat(view.resources()).containsExactly(clinic.room.id());
            assertThat(view.start()).isEqualTo(WEDNESDAY_10AM);
            assertThat(view.end()).isEqualTo(WEDNESDAY_10AM.plus(Duration.ofMinutes(30)));
            assertThat(view.offset()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(OpaqueTokens.tenantOf(booked.manageToken())).contains(clinic.tenant);
            assertThat(clinic.booking.view(clinic.tenant, booked.manageToken())).isEqualTo(view);
        }

        @Test
        @DisplayName("a returning client (same e-mail, any case) keeps one client record")
        void returningClient() {
            AppointmentView first = clinic.bookAny(clinic.consultation, WEDNESDAY_10AM);
            AppointmentView second = clinic.book(clinic.consultation, WEDNESDAY_10AM.plus(Duration.ofHours(2)),
                    Optional.empty(), "Client-" + first.client() + "@example.com").appointment();
            AppointmentView third = clinic.book(clinic.consultation, WEDNESDAY_10AM.plus(Duration.ofHours(3)),
                    Optional.empty(), "client-" + first.client() + "@EXAMPLE.com").appointment();

            assertThat(third.client()).isEqualTo(second.client());
        }

        @Test
        @DisplayName("Mallory Other booking with Emma Jones's e-mail gets her own client, flagged as a possible duplicate")
        void differentPersonSameEmail() {
            ClientDetails emma = new ClientDetails("Emma", "Jones", "emma.jones@example.com", "07700 900123",
                    LocalDate.of(1988, 3, 12));
            ClientDetails mallory = new ClientDetails("Mallory", "Other", "Emma.Jones@example.com", "07911 123456",
                    LocalDate.of(1970, 6, 1));
            AppointmentView first = bookFor(emma, WEDNESDAY_10AM);
            AppointmentView second = bookFor(mallory, WEDNESDAY_10AM.plus(Duration.ofHours(2)));

            assertThat(second.client()).isNotEqualTo(first.client());
            assertThat(second.clientName()).isEqualTo("Mallory Other");
            assertThat(clinic.ports.tx().inTenant(clinic.tenant,
                    () -> clinic.ports.clients().possibleDuplicatesOf(second.client())))
                    .containsExactly(first.client());
        }

        @Test
        @DisplayName("a new client whose phone many earlier clients share is flagged against a few of them, not all")
        void sharedPhoneFlagsCapped() {
            clinic.ports.tx().inTenant(clinic.tenant, () -> {
                for (int i = 0; i < ClientRepository.SHARED_PHONE_LIMIT + 10; i++) {
                    clinic.ports.clients().insert(new Client(ClientId.random(), clinic.tenant, "Walk", "In" + i,
                            new EmailAddress("walk.in" + i + "@example.com"), new PhoneNumber("07700 900999"),
                            LocalDate.of(1985, 1, 1)));
                }
                return null;
            });

            AppointmentView booked = bookFor(new ClientDetails("Nia", "Evans", "nia@example.com", "07700 900999",
                    LocalDate.of(1992, 2, 2)), WEDNESDAY_10AM);

            assertThat(clinic.ports.tx().inTenant(clinic.tenant,
                    () -> clinic.ports.clients().possibleDuplicatesOf(booked.client())))
                    .hasSize(ClientRepository.SHARED_PHONE_LIMIT);
        }

        @Test
        @DisplayName("the same person booking again with the surname in other case and accents keeps one client")
        void samePersonAgain() {
            AppointmentView first = bookFor(new ClientDetails("Zoë", "O'Brien", "zoe@example.com", "07700 900123",
                    LocalDate.of(1990, 4, 15)), WEDNESDAY_10AM);
            AppointmentView again = bookFor(new ClientDetails("Zoe", "OBRIEN", "ZOE@example.com", "07999 000111",
                    LocalDate.of(1990, 4, 15)), WEDNESDAY_10AM.plus(Duration.ofHours(2)));

            assertThat(again.client()).isEqualTo(first.client());
            assertThat(clinic.ports.tx().inTenant(clinic.tenant,
                    () -> clinic.ports.clients().possibleDuplicatesOf(first.client()))).isEmpty();
        }

        private AppointmentView bookFor(ClientDetails details, Instant start) {
            BookingResult result = clinic.booking.book(new BookAppointmentCommand(clinic.tenant,
                    clinic.consultation.id(), start, Optional.empty(), Optional.empty(), details));
            return ((BookingResult.Booked) result).appointment();
        }

        @Test
        @DisplayName("the one room cannot be used twice: the second toxin at the same time is refused")
        void roomTaken() {
            clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");

            BookingResult second = clinic.booking.book(clinic.command(clinic.toxin, WEDNESDAY_10AM,
                    Optional.of(clinic.ben.id()), "b@example.com"));

            assertThat(second).isEqualTo(new BookingResult.SlotUnavailable(RejectionReason.RESOURCE_UNAVAILABLE,
                    RejectionReason.RESOURCE_UNAVAILABLE.defaultMessage()));
        }

        @Test
        @DisplayName("the same practitioner cannot be booked twice, not even overlapping by the clean-up")
        void practitionerBusy() {
            clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");

            BookingResult overlapping = clinic.booking.book(clinic.command(clinic.consultation,
                    WEDNESDAY_10AM.plus(Duration.ofMinutes(30)), Optional.of(clinic.ana.id()), "b@example.com"));
            BookingResult afterCleanUp = clinic.booking.book(clinic.command(clinic.consultation,
                    WEDNESDAY_10AM.plus(Duration.ofMinutes(45)), Optional.of(clinic.ana.id()), "b@example.com"));

            assertThat(overlapping).isInstanceOfSatisfying(BookingResult.SlotUnavailable.class,
                    unavailable -> assertThat(unavailable.reason()).isEqualTo(RejectionReason.PRACTITIONER_BUSY));
            assertThat(afterCleanUp).isInstanceOf(BookingResult.Booked.class);
        }

        @Test
        @DisplayName("a time that is not listed is refused with the engine's reason")
        void unlistedTimes() {
            assertThat(clinic.booking.book(clinic.command(clinic.consultation,
                    WEDNESDAY_10AM.plus(Duration.ofMinutes(5)), Optional.empty(), "a@example.com")))
                    .isInstanceOfSatisfying(BookingResult.SlotUnavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(RejectionReason.NOT_ON_STEP));
            assertThat(clinic.booking.book(clinic.command(clinic.consultation, NOW.plus(Duration.ofHours(2)),
                    Optional.empty(), "a@example.com")))
                    .isInstanceOfSatisfying(BookingResult.SlotUnavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(RejectionReason.TOO_SOON));
        }

        @Test
        @DisplayName("\"any practitioner\" goes to whoever has fewest appointments that day, ties to the lowest id")
        void fairAssignment() {
            List<PractitionerId> byId = new ArrayList<>(List.of(clinic.ana.id(), clinic.ben.id()));
            byId.sort((a, b) -> a.toString().compareTo(b.toString()));

            List<PractitionerId> assigned = new ArrayList<>();
            for (int hour = 0; hour < 4; hour++) {
                assigned.add(clinic.bookAny(clinic.consultation, WEDNESDAY_10AM.plus(Duration.ofHours(hour)))
                        .practitioner());
            }

            assertThat(assigned).containsExactly(byId.get(0), byId.get(1), byId.get(0), byId.get(1));
        }

        @Test
        @DisplayName("wrong client details are refused per field before anything is stored")
        void clientValidation() {
            assertThat(fieldOf(new ClientDetails(" ", "Client", "c@example.com", "07700900123",
                    LocalDate.of(1990, 1, 1)))).isEqualTo("client.firstName");
            assertThat(fieldOf(new ClientDetails("Cara", "Client", "not-an-email", "07700900123",
                    LocalDate.of(1990, 1, 1)))).isEqualTo("client.email");
            assertThat(fieldOf(new ClientDetails("Cara", "Client", "c@example.com", "call me",
                    LocalDate.of(1990, 1, 1)))).isEqualTo("client.phone");
            assertThat(fieldOf(new ClientDetails("Cara", "Client", "c@example.com", "07700900123",
                    LocalDate.of(2030, 1, 1)))).isEqualTo("client.dateOfBirth");
            assertThat(wednesday(clinic.consultation)).hasSize(30);
        }

        private String fieldOf(ClientDetails details) {
            try {
                clinic.booking.book(new com.laca.application.booking.port.in.BookAppointmentCommand(clinic.tenant,
                        clinic.consultation.id(), WEDNESDAY_10AM, Optional.empty(), Optional.empty(), details));
            } catch (InvalidInputException e) {
                return e.fieldErrors().keySet().iterator().next();
            }
            throw new AssertionError("expected invalid input");
        }

        @Test
        @DisplayName("reception books this morning inside the online notice window, which still refuses the public; "
                + "nothing can be booked in the past")
        void staffBookInsideTheNoticeWindow() {
            clinic.clock.set(WEDNESDAY_10AM.minus(Duration.ofHours(3)));

            assertThat(clinic.booking.book(clinic.command(clinic.consultation, WEDNESDAY_10AM, Optional.empty(),
                    "online@example.com"))).isInstanceOfSatisfying(BookingResult.SlotUnavailable.class,
                            refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.TOO_SOON));
            assertThat(clinic.booking.bookOnBehalf(clinic.caller(Role.FRONTDESK), clinic.command(clinic.consultation,
                    WEDNESDAY_10AM, Optional.empty(), "phone@example.com"))).isInstanceOf(BookingResult.Booked.class);
            clinic.clock.set(WEDNESDAY_10AM.plus(Duration.ofHours(1)));
            assertThat(clinic.booking.bookOnBehalf(clinic.caller(Role.FRONTDESK), clinic.command(clinic.consultation,
                    WEDNESDAY_10AM.minus(Duration.ofMinutes(30)), Optional.empty(), "late@example.com")))
                    .isInstanceOf(BookingResult.SlotUnavailable.class);
        }

        @Test
        @DisplayName("one client cannot be booked twice at the same time with two practitioners; staff may allow it "
                + "with a reason")
        void clientCannotBeInTwoRoomsAtOnce() {
            assertThat(clinic.booking.book(clinic.command(clinic.consultation, WEDNESDAY_10AM, Optional.empty(),
                    "twice@example.com"))).isInstanceOf(BookingResult.Booked.class);

            assertThat(clinic.booking.book(clinic.command(clinic.consultation, WEDNESDAY_10AM, Optional.empty(),
                    "twice@example.com"))).isInstanceOfSatisfying(BookingResult.SlotUnavailable.class,
                            refused -> assertThat(refused.reason()).isEqualTo(RejectionReason.CLIENT_BUSY));
            var command = clinic.command(clinic.consultation, WEDNESDAY_10AM, Optional.empty(), "twice@example.com");
            assertThat(clinic.booking.bookOnBehalf(clinic.caller(Role.FRONTDESK), command))
                    .as("staff without a reason").isInstanceOf(BookingResult.SlotUnavailable.class);
            assertThat(clinic.booking.book(command.allowingOverlap("the public cannot override")))
                    .isInstanceOf(BookingResult.SlotUnavailable.class);
            assertThat(clinic.booking.bookOnBehalf(clinic.caller(Role.FRONTDESK),
                    command.allowingOverlap("peel and facial side by side"))).isInstanceOf(BookingResult.Booked.class);
        }

        @Test
        @DisplayName("staff book on a client's behalf with APPOINTMENTS_MANAGE, in their own clinic only")
        void onBehalf() {
            assertThat(clinic.booking.bookOnBehalf(clinic.caller(Role.FRONTDESK), clinic.command(clinic.consultation,
                    WEDNESDAY_10AM, Optional.empty(), "c@example.com"))).isInstanceOf(BookingResult.Booked.class);
            assertThatThrownBy(() -> clinic.booking.bookOnBehalf(clinic.caller(Role.FINANCE),
                    clinic.command(clinic.consultation, WEDNESDAY_10AM, Optional.empty(), "c@example.com")))
                    .isInstanceOf(AccessDeniedException.class);
            com.laca.application.shared.Caller stranger = new com.laca.application.shared.Caller(
                    com.laca.domain.shared.UserId.random(), TenantId.random(), Set.of(Role.OWNER));
            assertThatThrownBy(() -> clinic.booking.bookOnBehalf(stranger, clinic.command(clinic.consultation,
                    WEDNESDAY_10AM, Optional.empty(), "c@example.com"))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    @DisplayName("Deposits and holds")
    class Holds {

        private final InMemoryPaymentGateway cards = new InMemoryPaymentGateway();
        private final BookingFixture cardClinic = new BookingFixture(new InMemoryPersistencePorts(), cards).onboarded();
        private final Treatment peel = cardClinic.store(BookingFixture.treatment("Peel", null, Set.of(),
                DepositPolicy.fixed(Money.of(5_000, "GBP"))));

        @Test
        @DisplayName("a treatment with a deposit is held for the clinic's hold time when cards are taken")
        void heldWhileDepositIsPaid() {
            AppointmentView view = cardClinic.bookAny(peel, WEDNESDAY_10AM);

            assertThat(view.status()).isEqualTo(AppointmentStatus.HELD);
            assertThat(view.holdExpiresAt()).contains(NOW.plus(Duration.ofMinutes(15)));
        }

        @Test
        @DisplayName("without card payments, or without a deposit, the booking is confirmed at once")
        void confirmedOtherwise() {
            Treatment payAtDesk = clinic.store(BookingFixture.treatment("Peel", null, Set.of(),
                    DepositPolicy.fixed(Money.of(5_000, "GBP"))));
            assertThat(clinic.bookAny(payAtDesk, WEDNESDAY_10AM).status()).isEqualTo(AppointmentStatus.CONFIRMED);
            assertThat(cardClinic.bookAny(cardClinic.consultation, WEDNESDAY_10AM).status())
                    .isEqualTo(AppointmentStatus.CONFIRMED);
        }

        @Test
        @DisplayName("a lapsed hold frees its slot at once, and the job then records it as expired")
        void lapsedHoldFreesTheSlot() {
            AppointmentView held = cardClinic.book(peel, WEDNESDAY_10AM, Optional.of(cardClinic.ana.id()),
                    "a@example.com").appointment();
            assertThat(cardClinic.booking.book(cardClinic.command(peel, WEDNESDAY_10AM,
                    Optional.of(cardClinic.ana.id()), "b@example.com")))
                    .isInstanceOf(BookingResult.SlotUnavailable.class);

            cardClinic.clock.advance(Duration.ofMinutes(15));

            assertThat(cardClinic.booking.book(cardClinic.command(peel, WEDNESDAY_10AM,
                    Optional.of(cardClinic.ana.id()), "b@example.com"))).isInstanceOf(BookingResult.Booked.class);
            assertThat(cardClinic.calendar.get(cardClinic.caller(Role.FRONTDESK), held.id()).status())
                    .isEqualTo(AppointmentStatus.EXPIRED);
            assertThat(cardClinic.holds.expireLapsedHolds()).isZero();
        }

        @Test
        @DisplayName("the job expires lapsed holds in every clinic, and only once")
        void jobExpiresHolds() {
            cardClinic.bookAny(peel, WEDNESDAY_10AM);
            cardClinic.bookAny(peel, WEDNESDAY_10AM.plus(Duration.ofHours(1)));
            assertThat(cardClinic.holds.expireLapsedHolds()).isZero();

            cardClinic.clock.advance(Duration.ofMinutes(16));

            assertThat(cardClinic.holds.expireLapsedHolds()).isEqualTo(2);
            assertThat(cardClinic.holds.expireLapsedHolds()).isZero();
        }
    }

    @Nested
    @DisplayName("Managing one's own booking with the private link")
    class ManageOwn {

        @Test
        @DisplayName("cancelling at least 48 hours ahead (exactly 48 included) is free, later is late")
        void cancellationWindow() {
            Instant onePm = WEDNESDAY_10AM.plus(Duration.ofHours(3));
            String early = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                    "a@example.com").manageToken();
            String late = clinic.book(clinic.consultation, onePm, Optional.of(clinic.ana.id()), "b@example.com")
                    .manageToken();

            clinic.clock.set(WEDNESDAY_10AM.minus(Duration.ofHours(48)));
            TransitionOutcome free = clinic.booking.cancel(clinic.tenant, early);
            clinic.clock.set(onePm.minus(Duration.ofHours(47)));
            TransitionOutcome charged = clinic.booking.cancel(clinic.tenant, late);

            assertThat(free).isInstanceOfSatisfying(TransitionOutcome.Changed.class, changed -> {
                assertThat(changed.appointment().status()).isEqualTo(AppointmentStatus.CANCELLED);
                assertThat(changed.cancellation()).contains(CancellationOutcome.FREE_CANCELLATION);
            });
            assertThat(charged).isInstanceOfSatisfying(TransitionOutcome.Changed.class, changed ->
                    assertThat(changed.cancellation()).contains(CancellationOutcome.LATE_CANCELLATION));
            assertThat(clinic.booking.cancel(clinic.tenant, early))
                    .isInstanceOfSatisfying(TransitionOutcome.Refused.class, refused ->
                            assertThat(refused.refusal()).isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION));
            assertThat(slotAt(clinic.consultation, WEDNESDAY_10AM).orElseThrow().practitioners())
                    .contains(clinic.ana.id());
        }

        @Test
        @DisplayName("the clinic's own cancellation window applies")
        void tenantWindow() {
            clinic.schedule.setBookingPolicy(clinic.caller(Role.OWNER),
                    new com.laca.domain.booking.BookingPolicy(Duration.ofHours(24),
                            Duration.ofMinutes(15)));
            String token = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.empty(), "a@example.com")
                    .manageToken();
            clinic.clock.set(WEDNESDAY_10AM.minus(Duration.ofHours(30)));

            assertThat(clinic.booking.cancel(clinic.tenant, token))
                    .isInstanceOfSatisfying(TransitionOutcome.Changed.class, changed ->
                            assertThat(changed.cancellation()).contains(CancellationOutcome.FREE_CANCELLATION));
        }

        @Test
        @DisplayName("cancel then rebook: the freed time can be booked again")
        void cancelThenRebook() {
            String token = clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com")
                    .manageToken();
            clinic.booking.cancel(clinic.tenant, token);

            assertThat(clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "b@example.com")
                    .appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
        }

        @Test
        @DisplayName("a token of another clinic, or no token at all, finds nothing")
        void foreignTokens() {
            String token = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.empty(), "a@example.com")
                    .manageToken();
            BookingFixture other = new BookingFixture(clinic.ports, new PayAtClinicPaymentGateway());

            assertThatThrownBy(() -> clinic.booking.view(other.tenant, token)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> clinic.booking.view(clinic.tenant, OpaqueTokens.generate(clinic.tenant)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> clinic.booking.cancel(clinic.tenant, "nonsense"))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("rescheduling moves the booking, keeps the token, frees the old time and may overlap itself")
        void reschedule() {
            BookingResult.Booked booked = clinic.book(clinic.toxin, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                    "a@example.com");
            Instant quarterLater = WEDNESDAY_10AM.plus(Duration.ofMinutes(15));

            BookingResult moved = clinic.booking.reschedule(clinic.tenant, booked.manageToken(), quarterLater,
                    Optional.of(clinic.ana.id()));

            assertThat(moved).isInstanceOfSatisfying(BookingResult.Booked.class, result -> {
                assertThat(result.manageToken()).isEqualTo(booked.manageToken());
                assertThat(result.appointment().id()).isEqualTo(booked.appointment().id());
                assertThat(result.appointment().start()).isEqualTo(quarterLater);
                assertThat(result.appointment().status()).isEqualTo(AppointmentStatus.CONFIRMED);
                assertThat(result.appointment().version()).isEqualTo(1);
            });
            assertThat(slotAt(clinic.consultation, WEDNESDAY_10AM.minus(Duration.ofMinutes(30))).orElseThrow()
                    .practitioners()).contains(clinic.ana.id());
        }

        @Test
        @DisplayName("rescheduling into a taken time is refused; a cancelled booking cannot be moved, and says why")
        void rescheduleRefusals() {
            clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()), "a@example.com");
            String token = clinic.book(clinic.consultation, WEDNESDAY_10AM.plus(Duration.ofHours(2)),
                    Optional.of(clinic.ana.id()), "b@example.com").manageToken();

            assertThat(clinic.booking.reschedule(clinic.tenant, token, WEDNESDAY_10AM, Optional.of(clinic.ana.id())))
                    .isInstanceOfSatisfying(BookingResult.SlotUnavailable.class,
                            u -> assertThat(u.reason()).isEqualTo(RejectionReason.PRACTITIONER_BUSY));
            clinic.booking.cancel(clinic.tenant, token);
            assertThat(clinic.booking.reschedule(clinic.tenant, token, WEDNESDAY_10AM.plus(Duration.ofHours(4)),
                    Optional.empty())).isInstanceOfSatisfying(BookingResult.Refused.class, refused -> {
                        assertThat(refused.refusal()).isEqualTo(TransitionRefusal.ILLEGAL_TRANSITION);
                        assertThat(refused.message()).contains("CANCELLED");
                    });
        }

        @Test
        @DisplayName("a booking that has started cannot be moved, and says why")
        void rescheduleAfterStart() {
            String token = clinic.book(clinic.consultation, WEDNESDAY_10AM, Optional.of(clinic.ana.id()),
                    "a@example.com").manageToken();
            clinic.clock.set(WEDNESDAY_10AM.plus(Duration.ofMinutes(5)));

            assertThat(clinic.booking.reschedule(clinic.tenant, token, WEDNESDAY_10AM.plus(Duration.ofDays(1)),
                    Optional.empty())).isInstanceOfSatisfying(BookingResult.Refused.class,
                    refused -> assertThat(refused.refusal()).isEqualTo(TransitionRefusal.ALREADY_STARTED));
        }
    }
}

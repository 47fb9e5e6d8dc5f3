package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.BEN;
import static com.laca.domain.scheduling.Clinic.MONDAY;
import static com.laca.domain.scheduling.Clinic.booked;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.london;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The booking gate: safety and the law are asked inside the one booking check")
class BookingGateTest {

    private static final GateRefusal UNDER_AGE = new GateRefusal("UNDER_MINIMUM_AGE",
            "By law in England this treatment cannot be given to anyone under 18.", Optional.of(LocalDate.of(2030, 1, 1)));

    private final TreatmentRequirements hourLong = minutes(60);

    private final ClinicSchedule annaAndBen = chelsea()
            .practitioner(nurse(ANNA)).practitioner(nurse(BEN))
            .workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"))
            .workingHours(weekly(BEN, DayOfWeek.MONDAY, "09:00-12:00")).build();

    private BookingDecision check(ClinicSchedule schedule, PractitionerChoice choice, String time, BookingGate gate) {
        return Clinic.ENGINE.check(schedule, hourLong,
                new BookingRequest(choice, london(MONDAY, time), Clinic.A_WEEK_BEFORE, gate));
    }

    @Test
    @DisplayName("A gate that refuses everyone refuses the booking with the gate's own reason and words")
    void refusedByGate() {
        assertThat(check(annaAndBen, PractitionerChoice.any(), "09:00", (p, s) -> Optional.of(UNDER_AGE)))
                .isEqualTo(new BookingDecision.Rejected(RejectionReason.SAFETY_REFUSED, UNDER_AGE.explanation(),
                        Optional.of(UNDER_AGE)));
    }

    @Test
    @DisplayName("The gate's refusal wins over a busy calendar, because the client may not have it with anyone")
    void gateBeforeCalendar() {
        ClinicSchedule busy = annaAndBen.with(booked(ANNA, MONDAY, "09:00", "10:00", 0, 0))
                .with(booked(BEN, MONDAY, "09:00", "10:00", 0, 0));

        assertThat(check(busy, PractitionerChoice.any(), "09:00", (p, s) -> Optional.of(UNDER_AGE)))
                .extracting(d -> ((BookingDecision.Rejected) d).reason()).isEqualTo(RejectionReason.SAFETY_REFUSED);
    }

    @Test
    @DisplayName("'Any practitioner' skips one the gate refuses (e.g. unlicensed) and books the other")
    void anySkipsRefused() {
        BookingGate notAnna = (p, s) -> p.equals(ANNA) ? Optional.of(UNDER_AGE) : Optional.empty();

        assertThat(check(annaAndBen, PractitionerChoice.any(), "09:00", notAnna))
                .isInstanceOfSatisfying(BookingDecision.Bookable.class,
                        bookable -> assertThat(bookable.practitioner()).isEqualTo(BEN));
    }

    @Test
    @DisplayName("When the gate lets someone through, a calendar reason is given as before")
    void calendarReasonOtherwise() {
        ClinicSchedule annaBusy = annaAndBen.with(booked(ANNA, MONDAY, "09:00", "10:00", 0, 0));
        BookingGate notBen = (p, s) -> p.equals(BEN) ? Optional.of(UNDER_AGE) : Optional.empty();

        assertThat(check(annaBusy, PractitionerChoice.any(), "09:00", notBen))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.PRACTITIONER_BUSY));
    }

    @Test
    @DisplayName("The gate is asked with each candidate and the requested start")
    void askedPerPractitioner() {
        List<String> asked = new ArrayList<>();
        Instant start = london(MONDAY, "10:00");
        check(annaAndBen, PractitionerChoice.any(), "10:00", (p, s) -> {
            asked.add(p + "@" + s.equals(start));
            return Optional.empty();
        });

        assertThat(asked).containsExactly(ANNA + "@true", BEN + "@true");
    }

    @Test
    @DisplayName("A request without a gate is checked by the calendar alone")
    void noGate() {
        assertThat(new BookingRequest(PractitionerChoice.any(), london(MONDAY, "09:00"), Clinic.A_WEEK_BEFORE).gate())
                .isSameAs(BookingGate.NONE);
    }
}

package com.laca.domain.scheduling;

import static com.laca.domain.scheduling.Clinic.ANNA;
import static com.laca.domain.scheduling.Clinic.BEN;
import static com.laca.domain.scheduling.Clinic.LASER;
import static com.laca.domain.scheduling.Clinic.LASER_1;
import static com.laca.domain.scheduling.Clinic.MONDAY;
import static com.laca.domain.scheduling.Clinic.ROOM;
import static com.laca.domain.scheduling.Clinic.ROOM_1;
import static com.laca.domain.scheduling.Clinic.ROOM_2;
import static com.laca.domain.scheduling.Clinic.booked;
import static com.laca.domain.scheduling.Clinic.chelsea;
import static com.laca.domain.scheduling.Clinic.check;
import static com.laca.domain.scheduling.Clinic.every;
import static com.laca.domain.scheduling.Clinic.london;
import static com.laca.domain.scheduling.Clinic.londonRange;
import static com.laca.domain.scheduling.Clinic.minutes;
import static com.laca.domain.scheduling.Clinic.nurse;
import static com.laca.domain.scheduling.Clinic.timesOn;
import static com.laca.domain.scheduling.Clinic.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.Qualification;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A slot needs a qualified practitioner and one free room or device of each required kind")
class QualificationAndResourcesTest {

    private final TreatmentRequirements toxin = minutes(30).requiring(Set.of(Qualification.PRESCRIBER));
    private final TreatmentRequirements laserHairRemoval = minutes(60).using(Set.of(LASER, ROOM));

    private ClinicSchedule.Builder morning() {
        return chelsea().practitioner(nurse(ANNA)).workingHours(weekly(ANNA, DayOfWeek.MONDAY, "09:00-12:00"));
    }

    @Test
    @DisplayName("A nurse who is not a prescriber is never offered for toxin and a booking is refused as not qualified")
    void qualificationRequired() {
        ClinicSchedule schedule = morning().build();

        assertThat(timesOn(schedule, toxin, MONDAY)).isEmpty();
        assertThat(check(schedule, toxin, PractitionerChoice.of(ANNA), london(MONDAY, "09:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.NOT_QUALIFIED));
    }

    @Test
    @DisplayName("A prescriber is offered for toxin")
    void prescriberOffered() {
        ClinicSchedule schedule = chelsea().practitioner(PractitionerProfile.of(BEN, Qualification.PRESCRIBER))
                .workingHours(weekly(BEN, DayOfWeek.MONDAY, "09:00-10:00")).build();

        assertThat(timesOn(schedule, toxin, MONDAY)).containsExactly("09:00", "09:15", "09:30");
    }

    @Test
    @DisplayName("Laser treatments are offered only while the one laser is free, and the laser and a room are assigned")
    void laserMustBeFree() {
        ClinicSchedule schedule = morning()
                .resource(new BookableResource(LASER_1, LASER)).resource(new BookableResource(ROOM_1, ROOM))
                .appointment(booked(BEN, MONDAY, "10:00", "11:00", 0, 0, LASER_1)).build();

        assertThat(timesOn(schedule, laserHairRemoval, MONDAY)).containsExactly("09:00", "11:00");
        assertThat(check(schedule, laserHairRemoval, PractitionerChoice.of(ANNA), london(MONDAY, "09:30")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.RESOURCE_UNAVAILABLE));
        assertThat(check(schedule, laserHairRemoval, PractitionerChoice.of(ANNA), london(MONDAY, "11:00")))
                .isEqualTo(new BookingDecision.Bookable(ANNA, List.of(LASER_1, ROOM_1),
                        londonRange(MONDAY, "11:00", "12:00"), londonRange(MONDAY, "11:00", "12:00")));
    }

    @Test
    @DisplayName("When the first room is taken, the second room is assigned instead")
    void secondRoomAssigned() {
        TreatmentRequirements facial = minutes(60).using(Set.of(ROOM));
        ClinicSchedule schedule = morning()
                .resource(new BookableResource(ROOM_2, ROOM)).resource(new BookableResource(ROOM_1, ROOM))
                .appointment(booked(BEN, MONDAY, "09:00", "10:00", 0, 0, ROOM_1)).build();

        assertThat(check(schedule, facial, PractitionerChoice.of(ANNA), london(MONDAY, "09:00")))
                .isInstanceOfSatisfying(BookingDecision.Bookable.class,
                        bookable -> assertThat(bookable.resources()).containsExactly(ROOM_2));
        assertThat(timesOn(schedule, facial, MONDAY)).isEqualTo(every(15, "09:00", "11:00"));
    }

    @Test
    @DisplayName("A neighbouring appointment's clean-up buffer keeps the room busy too")
    void resourceBuffers() {
        TreatmentRequirements facial = minutes(60).using(Set.of(ROOM));
        ClinicSchedule schedule = morning().resource(new BookableResource(ROOM_1, ROOM))
                .appointment(booked(BEN, MONDAY, "09:00", "10:00", 0, 30, ROOM_1)).build();

        assertThat(timesOn(schedule, facial, MONDAY)).containsExactly("10:30", "10:45", "11:00");
    }

    @Test
    @DisplayName("A laser out of service for the morning blocks every laser treatment that morning")
    void resourceBlock() {
        ClinicSchedule schedule = morning()
                .resource(new BookableResource(LASER_1, LASER)).resource(new BookableResource(ROOM_1, ROOM))
                .resourceBlock(new ResourceBlock(LASER_1, londonRange(MONDAY, "08:00", "10:30"))).build();

        assertThat(timesOn(schedule, laserHairRemoval, MONDAY)).containsExactly("10:30", "10:45", "11:00");
    }

    @Test
    @DisplayName("A treatment needing a device this location does not have is never offered")
    void missingResourceType() {
        ClinicSchedule schedule = morning().resource(new BookableResource(ROOM_1, ROOM)).build();

        assertThat(timesOn(schedule, laserHairRemoval, MONDAY)).isEmpty();
        assertThat(check(schedule, laserHairRemoval, PractitionerChoice.any(), london(MONDAY, "09:00")))
                .isEqualTo(BookingDecision.Rejected.because(RejectionReason.RESOURCE_UNAVAILABLE));
    }

    @Test
    @DisplayName("Both appointments' buffers count: after 10:00–10:30 with 15 minutes either side, a 30-minute "
            + "treatment with 15 minutes either side fits only from 11:00")
    void practitionerBuffersOnBothSides() {
        TreatmentRequirements buffered = minutes(30).withBuffers(Duration.ofMinutes(15), Duration.ofMinutes(15));
        ClinicSchedule schedule = morning().appointment(booked(ANNA, MONDAY, "10:00", "10:30", 15, 15)).build();

        assertThat(timesOn(schedule, buffered, MONDAY)).containsExactly("11:00", "11:15");
    }
}

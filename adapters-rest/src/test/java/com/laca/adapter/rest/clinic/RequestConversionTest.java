package com.laca.adapter.rest.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.laca.adapter.rest.common.Validated;
import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.Problems;
import com.laca.application.clinic.port.in.TreatmentDraft;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.clinic.TreatmentCategory;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestConversionTest {

    private static final AddressJson ADDRESS = new AddressJson("12 Harley Street", null, "London", "W1G 9PF", "GB");

    @Test
    @DisplayName("a treatment request without booking-window fields gets 15-minute steps, 24 h notice, 90 days ahead")
    void treatmentDefaults() {
        TreatmentDraft draft = treatment("ANTI_WRINKLE", 30, "PRESCRIBER", List.of("TREATMENT_ROOM")).toDraft();

        assertThat(draft.category()).isEqualTo(TreatmentCategory.ANTI_WRINKLE);
        assertThat(draft.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(draft.bufferBefore()).isZero();
        assertThat(draft.requiredQualification()).isEqualTo(Qualification.PRESCRIBER);
        assertThat(draft.requiredResourceTypes()).containsExactly(new ResourceType("TREATMENT_ROOM"));
        assertThat(draft.bookingWindow()).isEqualTo(BookingWindow.DEFAULT);
        assertThat(draft.active()).isTrue();
    }

    @Test
    @DisplayName("an unknown category, qualification or resource type is refused naming its field")
    void treatmentNamesBadFields() {
        assertField(() -> treatment("BOTOX", 30, null, null).toDraft(), "category");
        assertField(() -> treatment("LASER", 30, "WIZARD", null).toDraft(), "requiredQualification");
        assertField(() -> treatment("LASER", 30, null, List.of("laser")).toDraft(), "requiredResourceTypes");
        assertField(() -> Validated.of(treatment("LASER", null, null, null)).toDraft(), "durationMinutes");
        assertField(() -> Validated.of(new TreatmentRequest("Peel", "CHEMICAL_PEEL", null, 30, null, null, null, null,
                null, null, null, null, null, null)).toDraft(), "priceMinorUnits");
    }

    @Test
    @DisplayName("a location needs an address and a real IANA time zone")
    void locationFields() {
        assertThat(new LocationRequest("Harley Street", ADDRESS, "Europe/London", null, null).toDraft().zone().getId())
                .isEqualTo("Europe/London");
        assertField(() -> new LocationRequest("Harley Street", ADDRESS, "Mars/Olympus", null, true).toDraft(), "zone");
        assertField(() -> new LocationRequest("Harley Street", ADDRESS, null, null, true).toDraft(), "zone");
        assertField(() -> Validated.of(new LocationRequest("Harley Street", null, "Europe/London", null, true))
                .toDraft(), "address");
    }

    @Test
    @DisplayName("a new location without a jurisdiction is in England; a replacement must name one of the four UK "
            + "codes")
    void locationJurisdiction() {
        assertThat(new LocationRequest("Harley Street", ADDRESS, "Europe/London", null, true).toDraft()
                .jurisdiction()).isEqualTo(JurisdictionCode.ENGLAND);
        assertThat(new LocationRequest("Edinburgh", ADDRESS, "Europe/London", "gb-sct", true).toReplacement()
                .jurisdiction()).isEqualTo(JurisdictionCode.SCOTLAND);
        assertField(() -> new LocationRequest("Harley Street", ADDRESS, "Europe/London", null, true).toReplacement(),
                "jurisdiction");
        assertField(() -> new LocationRequest("Harley Street", ADDRESS, "Europe/London", "Scotland", true).toDraft(),
                "jurisdiction");
    }

    @Test
    @DisplayName("a practitioner's qualifications and location ids are checked one by one")
    void practitionerFields() {
        String location = UUID.randomUUID().toString();
        assertThat(new PractitionerRequest("Dr Shah", List.of("DOCTOR"), List.of(location), null).toDraft()
                .locationIds()).hasSize(1);
        assertField(() -> new PractitionerRequest("Dr Shah", List.of("SURGEON"), null, true).toDraft(),
                "qualifications");
        assertField(() -> new PractitionerRequest("Dr Shah", List.of("DOCTOR"), List.of("room-1"), true).toDraft(),
                "locationIds");
    }

    @Test
    @DisplayName("a room or device needs a location UUID and an upper-case type code")
    void roomOrDeviceFields() {
        assertField(() -> new RoomOrDeviceRequest("not-a-uuid", "Laser suite", "LASER", true).toDraft(),
                "locationId");
        assertField(() -> new RoomOrDeviceRequest(UUID.randomUUID().toString(), "Laser suite", "laser!", true)
                .toDraft(), "type");
    }

    private static TreatmentRequest treatment(String category, Integer minutes, String qualification,
                                              List<String> resourceTypes) {
        return new TreatmentRequest("Anti-wrinkle", category, null, minutes, null, null, 27_500L, qualification,
                resourceTypes, null, null, null, null, null);
    }

    private static void assertField(ThrowingCallable conversion, String field) {
        Throwable refused = catchThrowable(conversion);
        assertThat(refused).isInstanceOfAny(InvalidInputException.class, ConstraintViolationException.class);
        assertThat(Problems.forException(refused).errors()).extracting(Problem.FieldError::field)
                .containsExactly(field);
    }
}

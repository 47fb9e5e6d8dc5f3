package com.laca.adapter.rest.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.StrictJson;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.ClientAvailability;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An availability answer written by hand is byte for byte what JSON-B wrote from the response records")
class AvailabilityJsonTest {

    private static final Jsonb JSON_B = JsonbBuilder.create(StrictJson.config());
    private static final LocalDate FROM = LocalDate.parse("2026-10-24");
    private static final LocalDate TO = LocalDate.parse("2026-10-25");
    private static final String TREATMENT = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f";

    private final LocationId bath = LocationId.random();
    private final LocationId bristol = LocationId.random();
    private final PractitionerId ana = PractitionerId.random();
    private final PractitionerId ben = PractitionerId.random();
    private final PractitionerId unnamed = PractitionerId.random();

    /** Two starts either side of the clocks going back, two locations, a name to escape and a nameless practitioner. */
    private ClientAvailability.Slots found() {
        List<AvailableSlot> slots = List.of(
                new AvailableSlot(bath, Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T00:00:00Z"),
                        ZoneOffset.ofHours(1), List.of(ana, ben)),
                new AvailableSlot(bristol, Instant.parse("2026-10-25T01:30:00Z"),
                        Instant.parse("2026-10-25T02:15:00Z"), ZoneOffset.UTC, List.of(unnamed)),
                new AvailableSlot(bath, Instant.parse("2026-10-25T09:00:00Z"), Instant.parse("2026-10-25T09:30:00Z"),
                        ZoneOffset.UTC, List.of(ben)));
        return new ClientAvailability.Slots(slots,
                Map.of(ana, "Nurse Ana \"Ní Bhriain\"", ben, "Dr Ben\u00e9 / Ωmega", PractitionerId.random(), "Off"),
                Map.of(bath, "Bath <Old Town>", bristol, "Bristol"));
    }

    /** The response records as the resources built them before, which JSON-B then wrote. */
    private static AvailabilityResponse records(ClientAvailability.Slots found, boolean names) {
        List<SlotResponse> slots = found.slots().stream().map(slot -> new SlotResponse(
                Dates.format(slot.start(), slot.offset()), Dates.format(slot.end(), slot.offset()),
                slot.location().toString(), slot.practitioners().stream().map(PractitionerId::toString).toList()))
                .toList();
        if (!names) {
            return new AvailabilityResponse(TREATMENT, FROM.toString(), TO.toString(), slots, null, null);
        }
        Map<String, String> practitioners = new TreeMap<>();
        Map<String, String> locations = new TreeMap<>();
        for (AvailableSlot slot : found.slots()) {
            slot.practitioners().forEach(id -> practitioners.put(id.toString(),
                    found.practitionerNames().getOrDefault(id, "")));
            locations.put(slot.location().toString(), found.locationNames().getOrDefault(slot.location(), ""));
        }
        return new AvailabilityResponse(TREATMENT, FROM.toString(), TO.toString(), slots, practitioners, locations);
    }

    @Test
    @DisplayName("the public answer: slots with offsets, and a name for every practitioner and location listed")
    void publicAnswer() {
        ClientAvailability.Slots found = found();

        String written = new String(AvailabilityJson.withNames(TREATMENT, FROM, TO, found), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(JSON_B.toJson(records(found, true)));
        assertThat(written).contains("\"start\":\"2026-10-25T00:30:00+01:00\"", "\"start\":\"2026-10-25T01:30:00Z\"",
                "\"" + unnamed + "\":\"\"").doesNotContain("Off");
    }

    @Test
    @DisplayName("the staff answer: the same slots without the names")
    void staffAnswer() {
        ClientAvailability.Slots found = found();

        String written = new String(AvailabilityJson.withoutNames(TREATMENT, FROM, TO, found),
                StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(JSON_B.toJson(records(found, false))).doesNotContain("Names");
    }

    @Test
    @DisplayName("no slots: an empty list and empty name maps, as before")
    void noSlots() {
        ClientAvailability.Slots none = new ClientAvailability.Slots(List.of(), Map.of(ana, "Ana"), Map.of());

        assertThat(new String(AvailabilityJson.withNames(TREATMENT, FROM, TO, none), StandardCharsets.UTF_8))
                .isEqualTo(JSON_B.toJson(records(none, true)));
    }
}

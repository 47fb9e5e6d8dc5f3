package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.application.booking.port.in.AvailableSlot;
import com.laca.application.booking.port.in.ClientAvailability;
import com.laca.domain.shared.PractitionerId;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes an availability answer as the JSON bytes of {@link AvailabilityResponse}, field for field and in the key order
 * JSON-B gives it, with a streaming generator: binding a week's hundreds of slot records by reflection was the largest
 * part of a warm availability request's cost, and the bytes written here are also what its ETag is computed from.
 */
final class AvailabilityJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
    /** About what one slot takes with one or two practitioners, so the buffer seldom grows. */
    private static final int BYTES_PER_SLOT = 192;

    private AvailabilityJson() {
    }

    /** The public answer: the slots with the name of every practitioner and location they list. */
    static byte[] withNames(String treatment, LocalDate from, LocalDate to, ClientAvailability.Slots found) {
        return write(treatment, from, to, found, true);
    }

    /** The staff answer: the slots alone, as staff read names from the clinic's own lists. */
    static byte[] withoutNames(String treatment, LocalDate from, LocalDate to, ClientAvailability.Slots found) {
        return write(treatment, from, to, found, false);
    }

    private static byte[] write(String treatment, LocalDate from, LocalDate to, ClientAvailability.Slots found,
                                boolean names) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512 + found.slots().size() * BYTES_PER_SLOT);
        try (JsonGenerator json = GENERATORS.createGenerator(body)) {
            json.writeStartObject().write("from", from.toString());
            if (names) {
                SortedMap<String, String> locations = new TreeMap<>();
                SortedMap<String, String> practitioners = new TreeMap<>();
                for (AvailableSlot slot : found.slots()) {
                    locations.put(slot.location().toString(),
                            found.locationNames().getOrDefault(slot.location(), ""));
                    for (PractitionerId practitioner : slot.practitioners()) {
                        practitioners.put(practitioner.toString(),
                                found.practitionerNames().getOrDefault(practitioner, ""));
                    }
                }
                writeNames(json, "locationNames", locations);
                writeNames(json, "practitionerNames", practitioners);
            }
            json.writeStartArray("slots");
            for (AvailableSlot slot : found.slots()) {
                json.writeStartObject()
                        .write("end", Dates.format(slot.end(), slot.offset()))
                        .write("location", slot.location().toString())
                        .writeStartArray("practitioners");
                for (PractitionerId practitioner : slot.practitioners()) {
                    json.write(practitioner.toString());
                }
                json.writeEnd().write("start", Dates.format(slot.start(), slot.offset())).writeEnd();
            }
            json.writeEnd().write("to", to.toString()).write("treatment", treatment).writeEnd();
        }
        return body.toByteArray();
    }

    private static void writeNames(JsonGenerator json, String field, SortedMap<String, String> names) {
        json.writeStartObject(field);
        names.forEach(json::write);
        json.writeEnd();
    }
}

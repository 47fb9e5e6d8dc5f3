package com.laca.domain.scheduling.scenario;

import com.laca.domain.clinic.Qualification;
import com.laca.domain.scheduling.AvailabilityQuery;
import com.laca.domain.scheduling.ClinicSchedule;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ExistingAppointment;
import com.laca.domain.scheduling.PractitionerChoice;
import com.laca.domain.scheduling.PractitionerProfile;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.TreatmentRequirements;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TreatmentId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One scenario file read into a schedule, a treatment, a query and the expected slots, so testers can describe a
 * clinic day in plain lines instead of Java.
 *
 * @param title     the {@code title} line, shown as the test's name
 * @param schedule  one practitioner at one location
 * @param treatment the treatment being booked
 * @param query     the dates asked about
 * @param expected  expected wall-clock start times per date; dates in the range that are missing expect none
 */
record Scenario(String title, ClinicSchedule schedule, TreatmentRequirements treatment, AvailabilityQuery query,
                Map<LocalDate, List<String>> expected) {

    static final PractitionerId PRACTITIONER = new PractitionerId(new UUID(0, 1));
    private static final LocationId LOCATION = new LocationId(new UUID(0, 2));
    private static final TreatmentId TREATMENT = new TreatmentId(new UUID(0, 3));

    /** Reads the lines of one file; a line it cannot understand fails with its line number. */
    static Scenario parse(String fileName, List<String> lines) {
        Reader reader = new Reader();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                reader.read(line);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(fileName + " line " + number + ": " + e.getMessage()
                        + " in \"" + line + "\"", e);
            }
        }
        return reader.finish(fileName);
    }

    /** Accumulates lines in any order; everything is resolved once the zone and "now" are known. */
    private static final class Reader {

        private final Map<String, String> single = new HashMap<>();
        private final List<String[]> hours = new ArrayList<>();
        private final List<String[]> overrides = new ArrayList<>();
        private final List<String[]> closures = new ArrayList<>();
        private final List<String[]> timeOff = new ArrayList<>();
        private final List<String[]> booked = new ArrayList<>();
        private final Map<LocalDate, List<String>> expected = new LinkedHashMap<>();

        void read(String line) {
            String[] words = line.split("\\s+");
            String[] rest = Arrays.copyOfRange(words, 1, words.length);
            switch (words[0].toLowerCase(Locale.ROOT)) {
                case "title", "zone", "now", "treatment", "request", "qualifications" ->
                        single.put(words[0].toLowerCase(Locale.ROOT), line.substring(words[0].length()).strip());
                case "hours" -> hours.add(rest);
                case "override" -> overrides.add(rest);
                case "closure" -> closures.add(rest);
                case "timeoff" -> timeOff.add(rest);
                case "booked" -> booked.add(rest);
                case "expect" -> expected.put(LocalDate.parse(rest[0]), expectedTimes(rest));
                default -> throw new IllegalArgumentException("unknown keyword " + words[0]);
            }
        }

        private static List<String> expectedTimes(String[] rest) {
            List<String> times = Arrays.asList(rest).subList(1, rest.length);
            return times.equals(List.of("none")) ? List.of() : List.copyOf(times);
        }

        Scenario finish(String fileName) {
            ZoneId zone = ZoneId.of(required("zone"));
            Instant now = LocalDateTime.parse(required("now")).atZone(zone).toInstant();
            ClinicSchedule.Builder schedule = ClinicSchedule.builder(LOCATION, zone).practitioner(practitioner());
            for (String[] line : hours) {
                schedule.workingHours(workingHours(line));
            }
            for (String[] line : overrides) {
                LocalDate date = LocalDate.parse(line[0]);
                schedule.override(line.length == 2 && line[1].equals("closed")
                        ? DayOverride.closed(PRACTITIONER, LOCATION, date)
                        : new DayOverride(PRACTITIONER, LOCATION, date, windows(line, 1, line.length)));
            }
            for (String[] line : closures) {
                schedule.closure(new Closure(LocalDate.parse(line[0]),
                        String.join(" ", Arrays.asList(line).subList(1, line.length))));
            }
            for (String[] line : timeOff) {
                schedule.timeOff(new TimeOff(PRACTITIONER, new TimeRange(at(line[0], zone), at(line[1], zone))));
            }
            for (String[] line : booked) {
                Map<String, String> options = options(line, 2);
                schedule.appointment(new ExistingAppointment(AppointmentId.random(), PRACTITIONER, List.of(),
                        TimeRange.of(at(line[0], zone), minutes(line[1])),
                        minutes(options.getOrDefault("before", "0")), minutes(options.getOrDefault("after", "0"))));
            }
            String[] range = required("request").split("\\s+");
            AvailabilityQuery query = new AvailabilityQuery(LocalDate.parse(range[0]),
                    LocalDate.parse(range[range.length - 1]), PractitionerChoice.any(), now);
            return new Scenario(single.getOrDefault("title", fileName), schedule.build(), treatment(), query,
                    Map.copyOf(expected));
        }

        private PractitionerProfile practitioner() {
            String listed = single.getOrDefault("qualifications", "");
            List<Qualification> held = new ArrayList<>();
            for (String name : listed.split("[\\s,]+")) {
                if (!name.isBlank()) {
                    held.add(Qualification.valueOf(name.toUpperCase(Locale.ROOT)));
                }
            }
            return new PractitionerProfile(PRACTITIONER, Set.copyOf(held));
        }

        private TreatmentRequirements treatment() {
            Map<String, String> options = options(required("treatment").split("\\s+"), 0);
            TreatmentRequirements treatment = TreatmentRequirements.of(TREATMENT, minutes(required(options, "duration")))
                    .withBuffers(minutes(options.getOrDefault("before", "0")),
                            minutes(options.getOrDefault("after", "0")))
                    .withSlotStep(minutes(options.getOrDefault("step", "15")))
                    .withBookingWindow(minutes(options.getOrDefault("notice", "24h")),
                            minutes(options.getOrDefault("advance", "90d")));
            if (options.containsKey("requires")) {
                treatment = treatment.requiring(Set.of(Qualification.valueOf(
                        options.get("requires").toUpperCase(Locale.ROOT))));
            }
            return treatment;
        }

        private static WorkingHours workingHours(String[] line) {
            DayOfWeek day = DayOfWeek.valueOf(line[0].toUpperCase(Locale.ROOT));
            int firstOption = line.length;
            for (int i = 1; i < line.length; i++) {
                if (line[i].contains("=")) {
                    firstOption = Math.min(firstOption, i);
                }
            }
            Map<String, String> options = options(line, firstOption);
            DateRange validity = new DateRange(
                    LocalDate.parse(options.getOrDefault("from", LocalDate.MIN.toString())),
                    LocalDate.parse(options.getOrDefault("until", LocalDate.MAX.toString())));
            return new WorkingHours(PRACTITIONER, LOCATION, day, windows(line, 1, firstOption), validity);
        }

        private static List<TimeWindow> windows(String[] line, int from, int to) {
            return Arrays.stream(line, from, to).map(TimeWindow::parse).toList();
        }

        private static Map<String, String> options(String[] words, int from) {
            Map<String, String> options = new HashMap<>();
            for (int i = from; i < words.length; i++) {
                String[] pair = words[i].split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("expected name=value but found " + words[i]);
                }
                options.put(pair[0].toLowerCase(Locale.ROOT), pair[1]);
            }
            return options;
        }

        /** {@code 45} or {@code 45m} minutes, {@code 24h} hours, {@code 90d} days. */
        private static Duration minutes(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            char unit = lower.charAt(lower.length() - 1);
            String digits = Character.isDigit(unit) ? lower : lower.substring(0, lower.length() - 1);
            long amount = Long.parseLong(digits);
            return switch (unit) {
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> {
                    if (!Character.isDigit(unit)) {
                        throw new IllegalArgumentException("unknown unit in " + text + " (use m, h or d)");
                    }
                    yield Duration.ofMinutes(amount);
                }
            };
        }

        private static Instant at(String localDateTime, ZoneId zone) {
            return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
        }

        private String required(String key) {
            String value = single.get(key);
            if (value == null) {
                throw new IllegalArgumentException("missing line: " + key);
            }
            return value;
        }

        private static String required(Map<String, String> options, String key) {
            String value = options.get(key);
            if (value == null) {
                throw new IllegalArgumentException("missing " + key + "=");
            }
            return value;
        }
    }
}

package com.laca.domain.scheduling.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.OfferedSlot;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@DisplayName("Scenario files written by testers")
class ScenarioFilesTest {

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("HH:mmxxx");
    private static final AvailabilityEngine ENGINE = new AvailabilityEngine();

    @TestFactory
    @DisplayName("Every file in src/test/resources/scenarios gives exactly the expected slots")
    Stream<DynamicTest> everyScenarioFile() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(getClass().getResource("/scenarios"), "scenarios folder").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.toString().endsWith(".scenario")).sorted().toList();
        }
        assertThat(files).as("scenario files").isNotEmpty();
        return files.stream().map(file -> {
            Scenario scenario = Scenario.parse(file.getFileName().toString(), readLines(file));
            return DynamicTest.dynamicTest(file.getFileName() + ": " + scenario.title(), file.toUri(),
                    () -> assertThat(actual(scenario)).isEqualTo(expected(scenario)));
        });
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Every date of the range with its expected times, so a date the file leaves out must have no slots. */
    private static Map<LocalDate, List<String>> expected(Scenario scenario) {
        Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
        for (LocalDate date = scenario.query().from(); !date.isAfter(scenario.query().to()); date = date.plusDays(1)) {
            byDate.put(date, scenario.expected().getOrDefault(date, List.of()));
        }
        return byDate;
    }

    /**
     * The engine's slots per date, each written as the file wrote the time at the same position: "HH:mm", or
     * "HH:mm+01:00" where the tester spelled out the offset (the day the clocks go back).
     */
    private static Map<LocalDate, List<String>> actual(Scenario scenario) {
        Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
        for (LocalDate date = scenario.query().from(); !date.isAfter(scenario.query().to()); date = date.plusDays(1)) {
            byDate.put(date, new ArrayList<>());
        }
        for (OfferedSlot slot : ENGINE.offeredSlots(scenario.schedule(), scenario.treatment(), scenario.query())) {
            LocalDate date = slot.localStart().toLocalDate();
            List<String> times = byDate.get(date);
            List<String> wanted = scenario.expected().getOrDefault(date, List.of());
            boolean withOffset = times.size() < wanted.size() && wanted.get(times.size()).length() > 5;
            times.add(slot.localStart().format(withOffset ? WITH_OFFSET : WALL_CLOCK));
        }
        return byDate;
    }
}

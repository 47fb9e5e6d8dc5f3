package com.laca.domain.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.scheduling.Closure;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Names and addresses of the clinic's records")
class ClinicTextTest {

    private static final Address ADDRESS = new Address("41 Harley Street", null, "London", "W1G 8QH", "GB");

    private static Treatment treatment(String name, String description) {
        return new Treatment(TreatmentId.random(), name, TreatmentCategory.SKIN, description, Duration.ofMinutes(30),
                Duration.ZERO, Duration.ZERO, Money.of(5_000, "GBP"), null, Set.of(), BookingWindow.DEFAULT, true, 0);
    }

    /** Each text field of each record, built with the given text and everything else valid. */
    static Stream<Arguments> textFields() {
        return Stream.of(
                Arguments.of("treatment name", (Function<String, Object>) text -> treatment(text, null)),
                Arguments.of("treatment description", (Function<String, Object>) text -> treatment("Peel", "x" + text)),
                Arguments.of("location name", (Function<String, Object>) text -> new Location(LocationId.random(),
                        text, ADDRESS, ZoneId.of("Europe/London"), true, 0)),
                Arguments.of("address line 1", (Function<String, Object>) text -> new Address(text, null, "London",
                        "W1G 8QH", "GB")),
                Arguments.of("address line 2", (Function<String, Object>) text -> new Address("1 Street", text,
                        "London", "W1G 8QH", "GB")),
                Arguments.of("city", (Function<String, Object>) text -> new Address("1 Street", null, text, "W1G 8QH",
                        "GB")),
                Arguments.of("postcode", (Function<String, Object>) text -> new Address("1 Street", null, "London",
                        text, "GB")),
                Arguments.of("practitioner name", (Function<String, Object>) text -> new Practitioner(
                        PractitionerId.random(), text, Set.of(Qualification.NURSE), Set.of(), true, 0)),
                Arguments.of("room or device name", (Function<String, Object>) text -> new Resource(ResourceId.random(),
                        LocationId.random(), text, new ResourceType("LASER"), true, 0)),
                Arguments.of("closure name", (Function<String, Object>) text -> new Closure(LocalDate.of(2026, 12, 25),
                        text)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFields")
    @DisplayName("A NUL, a control character or a direction override in any name or address line is refused")
    void refusesWhatCannotBeShown(String field, Function<String, Object> record) {
        for (String bad : new String[] {"\u0000", "A\u0000", "\u0007bell", "\u202Eevil", "zero\u200Bwidth"}) {
            assertThatThrownBy(() -> record.apply(bad)).as("%s %s", field, bad.codePoints().boxed().toList())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not contain");
        }
    }

    @Test
    @DisplayName("A name of nothing but a NUL is refused, not stored as an empty name that can never be read back")
    void nulIsNotAnEmptyName() {
        assertThatThrownBy(() -> treatment("\u0000", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Address("1 Street", null, "\u0000", "W1G 8QH", "GB"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("A description may run over several lines; a name may not")
    void descriptionsHaveLines() {
        assertThat(treatment("Peel", "Step one.\nStep two.").description()).isEqualTo("Step one.\nStep two.");
        assertThatThrownBy(() -> treatment("Glow\npeel", null)).hasMessageContaining("U+000A");
    }
}

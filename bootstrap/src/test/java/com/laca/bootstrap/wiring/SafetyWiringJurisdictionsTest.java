package com.laca.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.safety.port.out.JurisdictionsInvalidException;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.safety.Jurisdictions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("laca.safety.jurisdictions-file: unset or blank gives the shipped rules; a file replaces the entries it "
        + "lists; an invalid file stops the start with the reason, never falls back")
class SafetyWiringJurisdictionsTest {

    @Test
    @DisplayName("Unset or blank: the shipped file, Scotland a named fallback, nothing laxer than England to warn of")
    void shipped() {
        for (Optional<String> unset : List.of(Optional.<String>empty(), Optional.of(" "))) {
            Jurisdictions shipped = SafetyWiring.jurisdictions(unset).current();
            assertThat(shipped.of(JurisdictionCode.SCOTLAND).fallback()).isPresent();
            assertThat(SafetyWiring.laxerThanEngland(shipped)).isEmpty();
        }
    }

    @Test
    @DisplayName("A deployment's file replaces Scotland, and the start warns in one line of each category where it is "
            + "laxer than England; an invalid one is refused naming the file and the problem")
    void configured(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jurisdictions.json");
        Files.writeString(file, """
                {"version": "clinic-7", "notice": "Configured after legal advice.",
                 "jurisdictions": [{"code": "GB-SCT", "name": "Scotland", "minimumAges": {"ANTI_WRINKLE": 16},
                   "doctorsDirection": [], "prescriberRegisters": ["GMC"], "idCheckRequired": false}]}""");
        Jurisdictions configured = SafetyWiring.jurisdictions(Optional.of(file.toString())).current();
        assertThat(configured.of(JurisdictionCode.SCOTLAND).citation()).isEqualTo("GB-SCT rules clinic-7");
        assertThat(SafetyWiring.laxerThanEngland(configured)).contains("legal gates less strict than England's, as "
                + "configured by laca.safety.jurisdictions-file: GB-SCT ANTI_WRINKLE: minimum age 16 (GB-ENG 18), "
                + "no ID check; GB-SCT DERMAL_FILLER: no minimum age (GB-ENG 18), no ID check");

        Files.writeString(file, Files.readString(file).replace("\"ANTI_WRINKLE\": 16", "\"ANTI_WRINKLE\": 40"));
        assertThatThrownBy(() -> SafetyWiring.jurisdictions(Optional.of(file.toString())))
                .isInstanceOf(JurisdictionsInvalidException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("minimum age for ANTI_WRINKLE must be 1-25");
    }

    @Test
    @DisplayName("A deployment's file that sets England's filler age to 16 stops the start, naming England, the "
            + "category and the rule")
    void englandLoweredStopsTheStart(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jurisdictions.json");
        Files.writeString(file, """
                {"version": "clinic-7", "notice": "Configured.",
                 "jurisdictions": [{"code": "GB-ENG", "name": "England",
                   "minimumAges": {"ANTI_WRINKLE": 18, "DERMAL_FILLER": 16}, "doctorsDirection": ["ANTI_WRINKLE"],
                   "prescriberRegisters": ["GMC"], "idCheckRequired": true}]}""");
        assertThatThrownBy(() -> SafetyWiring.jurisdictions(Optional.of(file.toString())))
                .isInstanceOf(JurisdictionsInvalidException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("GB-ENG is below England's statutory floor")
                .hasMessageContaining("DERMAL_FILLER minimumAges must be at least 18, not 16");
    }
}

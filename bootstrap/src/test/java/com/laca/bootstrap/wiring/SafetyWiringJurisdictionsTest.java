package com.laca.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.safety.port.out.JurisdictionsInvalidException;
import com.laca.domain.clinic.JurisdictionCode;
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
    @DisplayName("Unset or blank: the shipped file, Scotland a named fallback")
    void shipped() {
        for (Optional<String> unset : List.of(Optional.<String>empty(), Optional.of(" "))) {
            assertThat(SafetyWiring.jurisdictions(unset).current().of(JurisdictionCode.SCOTLAND).fallback())
                    .isPresent();
        }
    }

    @Test
    @DisplayName("A deployment's file replaces Scotland; an invalid one is refused naming the file and the problem")
    void configured(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jurisdictions.json");
        Files.writeString(file, """
                {"version": "clinic-7", "notice": "Configured after legal advice.",
                 "jurisdictions": [{"code": "GB-SCT", "name": "Scotland", "minimumAges": {"ANTI_WRINKLE": 16},
                   "doctorsDirection": [], "prescriberRegisters": ["GMC"], "idCheckRequired": false}]}""");
        assertThat(SafetyWiring.jurisdictions(Optional.of(file.toString())).current()
                .of(JurisdictionCode.SCOTLAND).citation()).isEqualTo("GB-SCT rules clinic-7");

        Files.writeString(file, Files.readString(file).replace("\"ANTI_WRINKLE\": 16", "\"ANTI_WRINKLE\": 40"));
        assertThatThrownBy(() -> SafetyWiring.jurisdictions(Optional.of(file.toString())))
                .isInstanceOf(JurisdictionsInvalidException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("minimum age for ANTI_WRINKLE must be 1-25");
    }
}

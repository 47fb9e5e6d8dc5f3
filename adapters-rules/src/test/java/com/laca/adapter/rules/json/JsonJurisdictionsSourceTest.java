package com.laca.adapter.rules.json;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.safety.port.out.JurisdictionsInvalidException;
import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Jurisdiction;
import com.laca.domain.safety.Jurisdictions;
import com.laca.domain.safety.RegisterBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The jurisdictions file: England as modelled, the others a named fallback; a deployment's file replaces "
        + "the entries it lists; a broken file is refused, saying where")
class JsonJurisdictionsSourceTest {

    private static final String SCOTLAND = BrokenJurisdictionFiles.SCOTLAND;

    private static Jurisdictions over(String text) {
        return JsonJurisdictionsSource.bundledWith(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "custom.json").current();
    }

    @Test
    @DisplayName("The shipped England is today's: 18 for every category restricted for minors, a doctor's direction "
            + "for toxin only, GMC, NMC, GPhC and GDC prescribers, an ID check, no fallback")
    void shippedEngland() {
        Jurisdiction england = JsonJurisdictionsSource.bundled().current().of(JurisdictionCode.ENGLAND);
        Set<TreatmentCategory> restricted = EnumSet.noneOf(TreatmentCategory.class);
        Arrays.stream(TreatmentCategory.values()).filter(c -> c.clinicalProfile().restrictedForMinors())
                .forEach(restricted::add);
        assertThat(england.minimumAges().keySet()).isEqualTo(restricted);
        assertThat(england.minimumAges().values()).containsOnly(18);
        assertThat(england.doctorsDirection()).containsExactly(ANTI_WRINKLE);
        assertThat(england.prescriberRegisters()).containsExactlyInAnyOrder(RegisterBody.values());
        assertThat(england.idCheckRequired()).isTrue();
        assertThat(england.fallback()).isEmpty();
        assertThat(england.citation()).isEqualTo("GB-ENG rules 2026.1");
    }

    @Test
    @DisplayName("The shipped Wales, Scotland and Northern Ireland are England's rules without the direction "
            + "exception, each marked as a fallback naming itself")
    void shippedFallbacks() {
        Jurisdictions shipped = JsonJurisdictionsSource.bundled().current();
        Jurisdiction england = shipped.of(JurisdictionCode.ENGLAND);
        for (JurisdictionCode where : EnumSet.complementOf(EnumSet.of(JurisdictionCode.ENGLAND))) {
            Jurisdiction law = shipped.of(where);
            assertThat(law.name()).isEqualTo(where.displayName());
            assertThat(law.minimumAges()).isEqualTo(england.minimumAges());
            assertThat(law.doctorsDirection()).isEmpty();
            assertThat(law.prescriberRegisters()).isEqualTo(england.prescriberRegisters());
            assertThat(law.idCheckRequired()).isTrue();
            assertThat(law.fallback()).hasValueSatisfying(why -> assertThat(why).contains("only England's law")
                    .contains(where.displayName()).contains("stricter"));
        }
    }

    @Test
    @DisplayName("A deployment's file replaces Scotland only, with its own version; the others stay as shipped")
    void customOverrides(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jurisdictions.json");
        Files.writeString(file, SCOTLAND);
        Jurisdictions shipped = JsonJurisdictionsSource.bundled().current();
        Jurisdictions configured = JsonJurisdictionsSource.bundledWith(file).current();
        Jurisdiction scotland = configured.of(JurisdictionCode.SCOTLAND);
        assertThat(scotland).isEqualTo(new Jurisdiction("GB-SCT", "Scotland", "clinic-7", Map.of(ANTI_WRINKLE, 16),
                Set.of(), Set.of(RegisterBody.GMC), false));
        assertThat(scotland.restricts(DERMAL_FILLER)).isFalse();
        for (JurisdictionCode other : EnumSet.of(JurisdictionCode.ENGLAND, JurisdictionCode.WALES,
                JurisdictionCode.NORTHERN_IRELAND)) {
            assertThat(configured.of(other)).isEqualTo(shipped.of(other));
        }
    }

    @Test
    @DisplayName("A deployment's file that lifts England's under-18 refusal for filler, or its ID check, is refused "
            + "with the reason; the shipped rules are not used instead")
    void englandCannotBeLowered() {
        String england = """
                {"version": "clinic-7", "notice": "Configured.",
                 "jurisdictions": [{"code": "GB-ENG", "name": "England", "minimumAges": {"ANTI_WRINKLE": 18},
                   "doctorsDirection": ["ANTI_WRINKLE"], "prescriberRegisters": ["GMC"], "idCheckRequired": true}]}""";
        assertThatThrownBy(() -> over(england)).isInstanceOf(JurisdictionsInvalidException.class)
                .hasMessageStartingWith("custom.json: jurisdiction GB-ENG: GB-ENG is below England's statutory floor "
                        + "(the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021)")
                .hasMessageContaining("DERMAL_FILLER minimumAges must be at least 18, not missing");
        assertThatThrownBy(() -> over(england.replace("{\"ANTI_WRINKLE\": 18}",
                "{\"ANTI_WRINKLE\": 18, \"DERMAL_FILLER\": 18}").replace("true}", "false}")))
                .isInstanceOf(JurisdictionsInvalidException.class)
                .hasMessageContaining("GB-ENG is below England's statutory floor")
                .hasMessageContaining("idCheckRequired must be true for ANTI_WRINKLE, DERMAL_FILLER");
    }

    @Test
    @DisplayName("A file that cannot be read is refused, naming it")
    void missingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> JsonJurisdictionsSource.bundledWith(dir.resolve("nowhere.json")))
                .isInstanceOf(JurisdictionsInvalidException.class).hasMessageContaining("nowhere.json");
    }

    @Test
    @DisplayName("Malformed JSON is refused with the file's name, line and column")
    void malformed() {
        assertThatThrownBy(() -> over("{\n  \"version\": \"x\",\n  oops\n}"))
                .isInstanceOf(JurisdictionsInvalidException.class).hasMessageContaining("custom.json")
                .hasMessageContaining("line 3");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("An invalid file is refused with the reason")
    @MethodSource("com.laca.adapter.rules.json.BrokenJurisdictionFiles#cases")
    void invalid(String what, String text, String reason) {
        assertThatThrownBy(() -> over(text)).as(what).isInstanceOf(JurisdictionsInvalidException.class)
                .hasMessageStartingWith("custom.json: ").hasMessageContaining(reason);
    }

    @Test
    @DisplayName("A jurisdiction listed twice, or a file listing none, is refused")
    void twiceOrNone() {
        String entry = SCOTLAND.substring(SCOTLAND.indexOf("{\"code\""), SCOTLAND.lastIndexOf(']'));
        assertThatThrownBy(() -> over(SCOTLAND.replace(entry, entry + ", " + entry)))
                .isInstanceOf(JurisdictionsInvalidException.class).hasMessageContaining("GB-SCT is listed twice");
        assertThatThrownBy(() -> over(SCOTLAND.replace(entry, "")))
                .isInstanceOf(JurisdictionsInvalidException.class).hasMessageContaining("lists no jurisdictions");
    }
}

package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("England's statute is a floor no jurisdictions file can lower: England's entry and every fallback to it "
        + "refuse under-18s toxin and filler and require the ID check; another jurisdiction's own rules may differ, "
        + "and each way they are laxer than England's is listed")
class StatutoryFloorTest {

    private static final Set<RegisterBody> ALL_REGISTERS = EnumSet.allOf(RegisterBody.class);
    private static final Map<TreatmentCategory, Integer> ADULTS_ONLY = Map.of(ANTI_WRINKLE, 18, DERMAL_FILLER, 18);

    private static Jurisdiction england(Map<TreatmentCategory, Integer> ages, Set<TreatmentCategory> directions,
                                        boolean idCheck) {
        return new Jurisdiction("GB-ENG", "England", "custom", ages, directions, ALL_REGISTERS, idCheck);
    }

    @Test
    @DisplayName("England lowered to 16 for filler is refused, naming England, the category and the Act")
    void englandLowered() {
        assertThatThrownBy(() -> england(Map.of(ANTI_WRINKLE, 18, DERMAL_FILLER, 16), Set.of(ANTI_WRINKLE), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("GB-ENG is below")
                .hasMessageContaining("DERMAL_FILLER minimumAges must be at least 18, not 16")
                .hasMessageContaining("Botulinum Toxin and Cosmetic Fillers (Children) Act 2021")
                .hasMessageNotContaining("ANTI_WRINKLE minimumAges");
    }

    @Test
    @DisplayName("England with no minimum ages at all is refused for toxin and for filler")
    void englandWithoutAges() {
        assertThatThrownBy(() -> england(Map.of(), Set.of(), true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ANTI_WRINKLE minimumAges must be at least 18, not missing")
                .hasMessageContaining("DERMAL_FILLER minimumAges must be at least 18, not missing");
    }

    @Test
    @DisplayName("England without the ID check is refused")
    void englandWithoutIdCheck() {
        assertThatThrownBy(() -> england(ADULTS_ONLY, Set.of(ANTI_WRINKLE), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("GB-ENG is below")
                .hasMessageContaining("idCheckRequired must be true for ANTI_WRINKLE, DERMAL_FILLER");
    }

    @Test
    @DisplayName("England's doctor's-direction exception may not be widened to filler: the Act excepts toxin only")
    void englandDirectionWidened() {
        assertThatThrownBy(() -> england(ADULTS_ONLY, Set.of(ANTI_WRINKLE, DERMAL_FILLER), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DERMAL_FILLER doctorsDirection is not an exception under the Act "
                        + "(ANTI_WRINKLE only)");
    }

    @Test
    @DisplayName("England stricter than the Act (21 for filler, no direction) is accepted")
    void englandStricter() {
        assertThat(england(Map.of(ANTI_WRINKLE, 18, DERMAL_FILLER, 21), Set.of(), true).minimumAge(DERMAL_FILLER))
                .isEqualTo(21);
    }

    @Test
    @DisplayName("A fallback to England's rules lowered to 16, or without the ID check, is refused, naming it")
    void fallbackLowered() {
        Optional<String> fallback = Optional.of("England's rules as the stricter");
        assertThatThrownBy(() -> new Jurisdiction("GB-WLS", "Wales", "custom", Map.of(ANTI_WRINKLE, 16,
                DERMAL_FILLER, 18), Set.of(), ALL_REGISTERS, true, fallback))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("GB-WLS, a fallback to England's rules, is below England's statutory floor")
                .hasMessageContaining("ANTI_WRINKLE minimumAges must be at least 18, not 16");
        assertThatThrownBy(() -> new Jurisdiction("GB-WLS", "Wales", "custom", ADULTS_ONLY, Set.of(),
                ALL_REGISTERS, false, fallback)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idCheckRequired must be true");
    }

    @Test
    @DisplayName("A fallback to England's rules with a doctor's-direction exception, even England's own, is refused")
    void fallbackWithDirection() {
        assertThatThrownBy(() -> new Jurisdiction("GB-NIR", "Northern Ireland", "custom", ADULTS_ONLY,
                Set.of(ANTI_WRINKLE), ALL_REGISTERS, true, Optional.of("England's rules as the stricter")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ANTI_WRINKLE doctorsDirection: a fallback applies England's restrictions "
                        + "without England's exception");
    }

    @Test
    @DisplayName("A deployment's own Scotland at 16 for toxin, no filler age and no ID check is accepted, and each "
            + "category where it is laxer than England's is listed")
    void configuredScotlandAccepted() {
        Jurisdiction scotland = new Jurisdiction("GB-SCT", "Scotland", "clinic-7", Map.of(ANTI_WRINKLE, 16),
                Set.of(ANTI_WRINKLE), Set.of(RegisterBody.GMC), false);
        Jurisdictions configured = SafetyFixtures.jurisdictions().overriddenBy(List.of(scotland));
        assertThat(configured.of(JurisdictionCode.SCOTLAND).minimumAge(ANTI_WRINKLE)).isEqualTo(16);
        assertThat(configured.lessStrictThanEngland()).containsExactly(
                "GB-SCT ANTI_WRINKLE: minimum age 16 (GB-ENG 18), no ID check",
                "GB-SCT DERMAL_FILLER: no minimum age (GB-ENG 18), no ID check");
    }

    @Test
    @DisplayName("The shipped catalogue is nowhere laxer than England; a direction England does not allow is listed")
    void laxerDirection() {
        assertThat(SafetyFixtures.jurisdictions().lessStrictThanEngland()).isEmpty();
        Jurisdiction wales = new Jurisdiction("GB-WLS", "Wales", "clinic-7", Map.of(ANTI_WRINKLE, 18,
                DERMAL_FILLER, 18), Set.of(DERMAL_FILLER), ALL_REGISTERS, true);
        assertThat(SafetyFixtures.jurisdictions().overriddenBy(List.of(wales)).lessStrictThanEngland())
                .containsExactly("GB-WLS DERMAL_FILLER: a doctor's direction is an exception (not in GB-ENG)");
    }
}

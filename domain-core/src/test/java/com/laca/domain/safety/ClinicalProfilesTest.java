package com.laca.domain.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What each treatment category demands")
class ClinicalProfilesTest {

    @Test
    @DisplayName("Toxin is the one prescription-only medicine; toxin and filler are restricted for minors")
    void profiles() {
        assertThat(Arrays.stream(TreatmentCategory.values()).filter(c -> c.clinicalProfile().prescriptionOnlyMedicine()))
                .containsExactly(TreatmentCategory.ANTI_WRINKLE);
        assertThat(Arrays.stream(TreatmentCategory.values()).filter(c -> c.clinicalProfile().restrictedForMinors()))
                .containsExactlyInAnyOrder(TreatmentCategory.ANTI_WRINKLE, TreatmentCategory.DERMAL_FILLER);
        assertThat(TreatmentCategory.MICRONEEDLING.clinicalProfile().screening()).isTrue();
        assertThat(TreatmentCategory.SKIN.clinicalProfile().consent()).isFalse();
    }
}

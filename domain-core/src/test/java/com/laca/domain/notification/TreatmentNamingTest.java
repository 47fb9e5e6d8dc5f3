package com.laca.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.TreatmentCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A clinic chooses which treatment names its texts may show")
class TreatmentNamingTest {

    @Test
    @DisplayName("By default a toxin treatment is 'your appointment' in a text, a peel keeps its name")
    void standardHidesInjectables() {
        ContentRule rule = TreatmentNaming.HIDE_INJECTABLES.contentRule();

        assertThat(rule.treatmentLabel(Surface.SMS, TreatmentCategory.ANTI_WRINKLE, "Anti-wrinkle, 3 areas"))
                .isEqualTo(ContentRule.NEUTRAL_LABEL);
        assertThat(rule.treatmentLabel(Surface.SMS, TreatmentCategory.CHEMICAL_PEEL, "Peel")).isEqualTo("Peel");
        assertThat(rule).isEqualTo(ContentRule.standard());
    }

    @Test
    @DisplayName("A clinic that hides every name gets no treatment named in any text or subject, but in e-mail bodies")
    void hideAll() {
        ContentRule rule = TreatmentNaming.HIDE_ALL.contentRule();

        for (TreatmentCategory category : TreatmentCategory.values()) {
            assertThat(rule.treatmentLabel(Surface.SMS, category, "Named")).isEqualTo(ContentRule.NEUTRAL_LABEL);
            assertThat(rule.treatmentLabel(Surface.EMAIL_SUBJECT, category, "Named"))
                    .isEqualTo(ContentRule.NEUTRAL_LABEL);
            assertThat(rule.treatmentLabel(Surface.EMAIL_BODY, category, "Named")).isEqualTo("Named");
        }
        assertThat(rule.check(Surface.SMS, "Your botox appointment")).isInstanceOf(ContentVerdict.Violation.class);
    }

    @Test
    @DisplayName("A clinic that names everything may name a toxin in a text, but never a screening word")
    void nameAll() {
        ContentRule rule = TreatmentNaming.NAME_ALL.contentRule();

        assertThat(rule.treatmentLabel(Surface.SMS, TreatmentCategory.ANTI_WRINKLE, "Anti-wrinkle"))
                .isEqualTo("Anti-wrinkle");
        assertThat(rule.check(Surface.SMS, "Your anti-wrinkle appointment")).isInstanceOf(ContentVerdict.Clean.class);
        assertThat(rule.check(Surface.SMS, "About your pregnancy")).isInstanceOf(ContentVerdict.Violation.class);
    }
}

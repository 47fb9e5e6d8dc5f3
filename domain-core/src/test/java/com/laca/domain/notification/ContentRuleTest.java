package com.laca.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Nothing medical is ever sent: no screening outcome anywhere, no injectable on a lock screen")
class ContentRuleTest {

    private final ContentRule standard = ContentRule.standard();

    @Test
    @DisplayName("A reminder text naming a toxin treatment is refused by SMS, naming the words found")
    void toxinInSms() {
        ContentVerdict verdict = standard.check(Surface.SMS, "Reminder: your Botox (anti-wrinkle) at 10:00 tomorrow");

        assertThat(verdict).isEqualTo(new ContentVerdict.Violation(Surface.SMS, List.of("botox", "anti wrinkle")));
    }

    @Test
    @DisplayName("The same words are refused in an e-mail subject, which also shows on a lock screen")
    void toxinInSubject() {
        assertThat(standard.check(Surface.EMAIL_SUBJECT, "Your lip filler appointment").isClean()).isFalse();
    }

    @Test
    @DisplayName("In the body of an e-mail the treatment may be named, unless the tenant hides it there too")
    void emailBodyConfigurable() {
        String body = "You are booked for Anti-wrinkle, three areas.";

        assertThat(standard.check(Surface.EMAIL_BODY, body).isClean()).isTrue();
        ContentRule strict = new ContentRule(EnumSet.of(TreatmentCategory.ANTI_WRINKLE), true, Set.of());
        assertThat(strict.check(Surface.EMAIL_BODY, body).isClean()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Surface.class)
    @DisplayName("A screening outcome is refused on every surface, whatever the tenant configured")
    void screeningNeverSent(Surface surface) {
        ContentRule lenient = new ContentRule(Set.of(), false, Set.of());

        assertThat(lenient.check(surface, "Your screening found a contraindication: pregnancy"))
                .isEqualTo(new ContentVerdict.Violation(surface, List.of("contraindicat", "screening", "pregnan")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ALLERGIES noted", "medical-history review", "Breast_feeding", "diagnosed"})
    @DisplayName("Words are found whatever their case and separators")
    void normalised(String text) {
        assertThat(standard.check(Surface.EMAIL_BODY, text).isClean()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Detoxing facial", "Your appointment at 10:00", "Fillmore Street clinic",
            "Harley Street, London W1G 9QD"})
    @DisplayName("Words that merely contain a term inside them are not refused")
    void wordStarts(String text) {
        assertThat(standard.check(Surface.SMS, text).isClean()).isTrue();
    }

    @Test
    @DisplayName("On a lock screen a toxin or filler treatment is called 'your appointment'; a peel keeps its name")
    void labels() {
        assertThat(standard.treatmentLabel(Surface.SMS, TreatmentCategory.ANTI_WRINKLE, "Anti-wrinkle 3 areas"))
                .isEqualTo(ContentRule.NEUTRAL_LABEL);
        assertThat(standard.treatmentLabel(Surface.SMS, TreatmentCategory.DERMAL_FILLER, "Lip filler 1ml"))
                .isEqualTo(ContentRule.NEUTRAL_LABEL);
        assertThat(standard.treatmentLabel(Surface.SMS, TreatmentCategory.CHEMICAL_PEEL, "Glow peel"))
                .isEqualTo("Glow peel");
        assertThat(standard.treatmentLabel(Surface.EMAIL_BODY, TreatmentCategory.ANTI_WRINKLE, "Anti-wrinkle 3 areas"))
                .isEqualTo("Anti-wrinkle 3 areas");
    }

    @Test
    @DisplayName("A tenant may forbid words of its own, and may choose to name injectables by SMS")
    void tenantConfiguration() {
        ContentRule ownWords = new ContentRule(EnumSet.of(TreatmentCategory.ANTI_WRINKLE), false,
                Set.of("Profile Plus"));
        assertThat(ownWords.check(Surface.EMAIL_BODY, "Your profile-plus course")).isEqualTo(
                new ContentVerdict.Violation(Surface.EMAIL_BODY, List.of("Profile Plus")));

        ContentRule namesEverything = new ContentRule(Set.of(), false, Set.of());
        assertThat(namesEverything.treatmentLabel(Surface.SMS, TreatmentCategory.ANTI_WRINKLE, "Anti-wrinkle"))
                .isEqualTo("Anti-wrinkle");
        assertThat(namesEverything.check(Surface.SMS, "Your anti-wrinkle appointment").isClean()).isTrue();
        assertThatThrownBy(() -> new ContentRule(Set.of(), false, Set.of("ab")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

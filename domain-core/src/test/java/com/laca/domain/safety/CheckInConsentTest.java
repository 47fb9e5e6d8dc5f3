package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.safety.SafetyFixtures.checkIn;
import static com.laca.domain.safety.SafetyFixtures.clearAnswers;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.consent.ConsentTemplates;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Check-in is refused until consent to the version in effect is signed")
class CheckInConsentTest {

    private static final Instant START = london(2026, 3, 2, 10, 0);

    @Test
    @DisplayName("Without a signed consent check-in is refused, naming the version to sign; after signing it is allowed")
    void refusedThenAllowed() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.screened(clearAnswers(Set.of(CHEMICAL_PEEL)), Set.of(CHEMICAL_PEEL), START.minusSeconds(86_400));
        SafetyVerdict before = SafetyFixtures.policy().check(checkIn(client, CHEMICAL_PEEL, START));
        assertThat(reasons(before)).containsExactly(SafetyReason.CONSENT_NOT_SIGNED);
        assertThat(((SafetyVerdict.Refused) before).primary().explanation()).contains("version 1");
        client.consented(CHEMICAL_PEEL, START);
        assertThat(SafetyFixtures.policy().check(checkIn(client, CHEMICAL_PEEL, START)))
                .isInstanceOf(SafetyVerdict.Allowed.class);
    }

    @Test
    @DisplayName("With no consent template in effect, check-in is refused rather than waved through")
    void noTemplate() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.screened(clearAnswers(Set.of(CHEMICAL_PEEL)), Set.of(CHEMICAL_PEEL), START.minusSeconds(86_400));
        TreatmentSafetyPolicy noTemplates = new TreatmentSafetyPolicy(SafetyFixtures.ruleSet(),
                SafetySettings.defaults(), new ConsentTemplates(List.of()));
        assertThat(reasons(noTemplates.check(checkIn(client, CHEMICAL_PEEL, START))))
                .containsExactly(SafetyReason.CONSENT_TEMPLATE_MISSING);
    }
}

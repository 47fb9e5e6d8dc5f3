package com.laca.domain.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.UserId;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A professional registration is checked for shape and counts only once verified")
class ProfessionalRegistrationTest {

    @ParameterizedTest(name = "{0} {1} is well formed")
    @CsvSource({"GMC, 1234567", "NMC, 01A2345N", "NMC, ' 99a9999a '", "GDC, 123456", "GDC, 81234", "GPHC, 2071234"})
    @DisplayName("Numbers in each register's shape are accepted (spaces trimmed, letters upper-cased)")
    void wellFormed(RegulatoryBody body, String number) {
        ProfessionalRegistration registration = ProfessionalRegistration.claimed(body, number);

        assertThat(registration.number()).isEqualTo(number.strip().toUpperCase());
        assertThat(registration.isVerified()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({"GMC, 123456", "GMC, 12345678", "NMC, 01A2345", "NMC, A1234567", "GDC, 1234567", "GPHC, 207123",
            "GMC, 12 34567"})
    @DisplayName("An obvious typo is refused before an administrator looks it up")
    void malformed(RegulatoryBody body, String number) {
        assertThatThrownBy(() -> ProfessionalRegistration.claimed(body, number))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(body.name());
    }

    @Test
    @DisplayName("Each register belongs to its profession")
    void professions() {
        assertThat(RegulatoryBody.GMC.profession()).isEqualTo(Profession.DOCTOR);
        assertThat(RegulatoryBody.NMC.profession()).isEqualTo(Profession.NURSE);
        assertThat(RegulatoryBody.GDC.profession()).isEqualTo(Profession.DENTIST);
        assertThat(RegulatoryBody.GPHC.profession()).isEqualTo(Profession.PHARMACIST);
    }

    @Test
    @DisplayName("A verification records who checked the register and when")
    void verified() {
        UserId admin = UserId.random();
        Instant at = Instant.parse("2026-03-01T10:00:00Z");

        ProfessionalRegistration registration = ProfessionalRegistration.claimed(RegulatoryBody.GMC, "1234567")
                .verified(new Verification(admin, at));

        assertThat(registration.isVerified()).isTrue();
        assertThat(registration.verification()).contains(new Verification(admin, at));
    }
}

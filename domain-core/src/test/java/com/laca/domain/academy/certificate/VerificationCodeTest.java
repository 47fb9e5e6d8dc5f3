package com.laca.domain.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Verification codes: 60 random bits as 12 characters of Crockford base32")
class VerificationCodeTest {

    @Test
    @DisplayName("A code has 12 characters of the Crockford alphabet, carrying at least 60 bits")
    void shape() {
        VerificationCode code = VerificationCode.generate(new SecureRandom());

        assertThat(code.value()).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
        assertThat(VerificationCode.BITS).isGreaterThanOrEqualTo(60);
        assertThat(code.display()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    @DisplayName("Ten thousand codes are all different and use every character of the alphabet")
    void random() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.generate(random).value();
            codes.add(code);
            code.chars().forEach(c -> used.add((char) c));
        }

        assertThat(codes).hasSize(10_000);
        assertThat(used).hasSize(32);
    }

    @Test
    @DisplayName("The bits come from the generator passed in: the same seed makes the same code")
    void fromTheGivenGenerator() throws Exception {
        SecureRandom first = SecureRandom.getInstance("SHA1PRNG");
        first.setSeed(42L);
        SecureRandom second = SecureRandom.getInstance("SHA1PRNG");
        second.setSeed(42L);

        assertThat(VerificationCode.generate(first)).isEqualTo(VerificationCode.generate(second));
    }

    @Test
    @DisplayName("Typed codes are forgiven: case, spaces and hyphens ignored, I and L read as 1, O as 0")
    void parse() {
        VerificationCode code = new VerificationCode("7KQ2M9XD41T0");

        assertThat(VerificationCode.parse("7kq2-m9xd-4lto")).isEqualTo(code);
        assertThat(VerificationCode.parse(" 7KQ2 M9XD 4IT0 ")).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}'' is not a code")
    @ValueSource(strings = {"", "7KQ2M9XD41T", "7KQ2M9XD41T0X", "7KQ2M9XD41TU", "7KQ2M9XD41T!"})
    @DisplayName("Anything else is refused")
    void refused(String typed) {
        assertThatThrownBy(() -> VerificationCode.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }
}

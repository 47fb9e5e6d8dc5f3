package com.laca.adapter.persistence.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A stored booking answer is sealed: no manage token in plain text, and only its own key and place open it")
class AnswerSealTest {

    private static final String ANSWER = "{\"manageToken\":\"mt_secret-token-123\",\"appointment\":{}}";
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    @DisplayName("the sealed text shows nothing of the answer and opens back to it")
    void roundTrip() {
        AnswerSeal seal = AnswerSeal.withKey(KEY);

        String sealed = seal.seal(ANSWER, "t|public|k|body");

        assertThat(sealed).startsWith("v1:").doesNotContain("mt_secret").doesNotContain("manageToken");
        assertThat(seal.seal(ANSWER, "t|public|k|body")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(seal.open(sealed, "t|public|k|body")).isEqualTo(ANSWER);
        assertThat(seal.seal(null, "t|public|k|location")).isNull();
    }

    @Test
    @DisplayName("another key, another key's row, an altered text or a plain text cannot be opened")
    void refusals() {
        AnswerSeal seal = AnswerSeal.withKey(KEY);
        String sealed = seal.seal(ANSWER, "t|public|k|body");

        assertThatThrownBy(() -> AnswerSeal.perBoot().open(sealed, "t|public|k|body"))
                .isInstanceOf(AnswerSeal.UnsealableException.class);
        assertThatThrownBy(() -> seal.open(sealed, "t|public|other|body"))
                .isInstanceOf(AnswerSeal.UnsealableException.class);
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> seal.open(altered, "t|public|k|body"))
                .isInstanceOf(AnswerSeal.UnsealableException.class);
        assertThatThrownBy(() -> seal.open(ANSWER, "t|public|k|body"))
                .isInstanceOf(AnswerSeal.UnsealableException.class);
    }

    @Test
    @DisplayName("a configured key must be Base64 of 16, 24 or 32 bytes")
    void keyShape() {
        assertThatThrownBy(() -> AnswerSeal.withKey("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerSeal.withKey(Base64.getEncoder().encodeToString(new byte[10])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

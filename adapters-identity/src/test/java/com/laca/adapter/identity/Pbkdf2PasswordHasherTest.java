package com.laca.adapter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    /** A low work factor keeps the suite fast; the production default is checked separately. */
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000, new SecureRandom());

    @Test
    @DisplayName("a password matches its own hash and no other password")
    void matchesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    @DisplayName("the stored form names the algorithm and work factor and never contains the password")
    void encodedFormDescribesItself() {
        String hash = hasher.hash("s3cret-passphrase");

        assertThat(hash).startsWith("pbkdf2-sha256$1000$").doesNotContain("s3cret");
        assertThat(hash.split("\\$")).hasSize(4);
    }

    @Test
    @DisplayName("the same password hashed twice gives different hashes, because each gets its own salt")
    void saltsEveryHash() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    @DisplayName("a hash made with another work factor still verifies, so the factor can rise later")
    void readsTheWorkFactorFromTheHash() {
        String oldHash = new Pbkdf2PasswordHasher(500, new SecureRandom()).hash("pass phrase one");

        assertThat(hasher.matches("pass phrase one", oldHash)).isTrue();
    }

    @Test
    @DisplayName("a malformed or foreign hash simply does not match, without an exception")
    void malformedHashesDoNotMatch() {
        String valid = hasher.hash("pass phrase one");
        String[] parts = valid.split("\\$");

        assertThat(hasher.matches("pass phrase one", null)).isFalse();
        assertThat(hasher.matches("pass phrase one", "")).isFalse();
        assertThat(hasher.matches("pass phrase one", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.matches("pass phrase one", "pbkdf2-sha256$abc$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(hasher.matches("pass phrase one", "pbkdf2-sha256$0$" + parts[2] + "$" + parts[3])).isFalse();
        assertThat(hasher.matches("pass phrase one", "pbkdf2-sha256$99999999$" + parts[2] + "$" + parts[3]))
                .isFalse();
        assertThat(hasher.matches("pass phrase one", parts[0] + "$" + parts[1] + "$!!!$" + parts[3])).isFalse();
        assertThat(hasher.matches("pass phrase one", parts[0] + "$" + parts[1] + "$" + parts[2] + "$AAAA"))
                .isFalse();
        assertThat(hasher.matches(null, valid)).isFalse();
    }

    @Test
    @DisplayName("by default it uses OWASP's 600,000 iterations")
    void defaultsToOwaspWorkFactor() {
        assertThat(new Pbkdf2PasswordHasher().hash("pass phrase one")).startsWith("pbkdf2-sha256$600000$");
    }
}

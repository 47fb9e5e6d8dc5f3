package com.laca.domain.academy;

import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Who checked a professional registration on the public register, and when, because a trainee's own word is not
 * enough to let them inject a patient.
 *
 * @param verifiedBy the administrator who looked the number up
 * @param verifiedAt when they did
 */
public record Verification(UserId verifiedBy, Instant verifiedAt) {

    public Verification {
        Objects.requireNonNull(verifiedBy, "verifiedBy");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }
}

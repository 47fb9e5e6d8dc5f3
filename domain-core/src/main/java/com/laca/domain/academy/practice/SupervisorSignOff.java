package com.laca.domain.academy.practice;

import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.Texts;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor's decision on a case, with the registration they sign under, so every counted case is traceable to a
 * registered professional who vouched for it.
 *
 * @param supervisor   the supervisor's account
 * @param registration the supervisor's professional registration (must be verified to sign)
 * @param decision     confirmed or declined
 * @param signedAt     when
 * @param comment      feedback for the trainee; required when declining
 */
public record SupervisorSignOff(UserId supervisor, ProfessionalRegistration registration, SignOffDecision decision,
                                Instant signedAt, Optional<String> comment) {

    public SupervisorSignOff {
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(signedAt, "signedAt");
        comment = Texts.optional(comment, "sign-off comment", 2000);
        if (decision == SignOffDecision.DECLINED && comment.isEmpty()) {
            throw new IllegalArgumentException("a declined case needs a comment saying why");
        }
    }
}

package com.laca.application.academy.port.in;

import com.laca.domain.academy.QuestionId;
import com.laca.domain.academy.certificate.RegradeAction;
import com.laca.domain.academy.grading.PassMark;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to regrade: the questions whose latest version is the correction, optionally a new pass mark, what happens to
 * the certificate of a learner who loses the pass, and why (kept in the audit entry and the certificate's history).
 */
public record RegradeCommand(Set<QuestionId> corrected, Optional<PassMark> newPassMark, RegradeAction action,
                             String reason) {

    public RegradeCommand {
        corrected = Set.copyOf(corrected);
        Objects.requireNonNull(newPassMark, "newPassMark");
        Objects.requireNonNull(action, "action");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a regrade needs a reason");
        }
        reason = reason.strip();
    }
}

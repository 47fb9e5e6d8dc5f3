package com.laca.domain.safety;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule that matched a client's answers, with everything needed to explain it later without the rule file.
 *
 * @param ruleId        the rule
 * @param kind          its outcome
 * @param deferredUntil for a deferral, the first date treatment may take place
 * @param clientMessage what the client is told
 * @param clinicalNote  what the prescriber reads
 */
public record Finding(String ruleId, OutcomeKind kind, Optional<LocalDate> deferredUntil, String clientMessage,
                      String clinicalNote) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deferredUntil, "deferredUntil");
        if ((kind == OutcomeKind.DEFER_UNTIL) != deferredUntil.isPresent()) {
            throw new IllegalArgumentException("a deferral, and only a deferral, has a date");
        }
        Objects.requireNonNull(clientMessage, "clientMessage");
        Objects.requireNonNull(clinicalNote, "clinicalNote");
    }
}

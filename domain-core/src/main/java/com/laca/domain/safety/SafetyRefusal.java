package com.laca.domain.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason the policy refused, worded for three audiences: whoever is booking (no medical detail, since anyone can
 * type a client's e-mail), the client on their private link, and staff with clinical access.
 *
 * @param reason        the stable code
 * @param explanation   plain English for whoever is booking
 * @param forClient     the rules' own words, for the client's private link only
 * @param forClinician  rule ids, notes and facts, for staff allowed to read clinical data only
 * @param allowedFrom   the first date the treatment could take place, when the refusal is only about timing
 */
public record SafetyRefusal(SafetyReason reason, String explanation, List<String> forClient, List<String> forClinician,
                            Optional<LocalDate> allowedFrom) {

    public SafetyRefusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
        forClient = List.copyOf(forClient);
        forClinician = List.copyOf(forClinician);
        Objects.requireNonNull(allowedFrom, "allowedFrom");
    }

    /** A refusal with the reason's default explanation and no further detail. */
    public static SafetyRefusal of(SafetyReason reason, String forClinician) {
        return new SafetyRefusal(reason, reason.defaultExplanation(), List.of(), List.of(forClinician),
                Optional.empty());
    }

    @Override
    public String toString() {
        return "SafetyRefusal[" + reason + ", details redacted]";
    }
}

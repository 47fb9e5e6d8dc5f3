package com.laca.domain.scheduling;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a {@link BookingGate} refused, in words anyone booking may read (no medical detail), so the booking page can
 * say why rather than show a bare "unavailable".
 *
 * @param code        a stable code, e.g. {@code UNDER_MINIMUM_AGE}
 * @param explanation a plain-English sentence for whoever is booking
 * @param allowedFrom the first date the treatment could take place, when the refusal is only about timing
 */
public record GateRefusal(String code, String explanation, Optional<LocalDate> allowedFrom) {

    public GateRefusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(allowedFrom, "allowedFrom");
    }
}

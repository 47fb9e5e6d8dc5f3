package com.laca.application.booking.port.in;

import com.laca.domain.booking.CancellationReason;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the desk cancels an appointment, required so every cancelled slot on the calendar says who called it off and
 * why.
 *
 * @param reason the code chosen
 * @param detail free text; required with {@link CancellationReason#OTHER}
 */
public record StaffCancellation(CancellationReason reason, Optional<String> detail) {

    public StaffCancellation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}

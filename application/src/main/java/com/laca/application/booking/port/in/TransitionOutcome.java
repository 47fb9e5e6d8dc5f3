package com.laca.application.booking.port.in;

import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.booking.TransitionRefusal;
import java.util.Optional;

/** The answer to a lifecycle change (cancel, check in, complete, no-show): the new state, or why not. */
public sealed interface TransitionOutcome {

    /**
     * The change was made.
     *
     * @param cancellation for cancellations and no-shows: what the terms agreed at booking say happens to the deposit
     */
    record Changed(AppointmentView appointment, Optional<CancellationOutcome> cancellation)
            implements TransitionOutcome {
    }

    /** The change is not allowed from the current state, e.g. completing an appointment that was cancelled. */
    record Refused(TransitionRefusal refusal, String message) implements TransitionOutcome {
    }

    /**
     * The state machine would allow it, but a gate refuses the client this treatment now (check-in without signed
     * consent, or the clinical-safety policy run again at check-in).
     *
     * @param reason  a stable code, e.g. {@code CONSENT_MISSING} or a safety reason such as {@code DEFERRED}
     * @param message a sentence the desk can act on
     */
    record Blocked(String reason, String message) implements TransitionOutcome {
    }
}

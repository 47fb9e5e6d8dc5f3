package com.laca.application.booking.port.in;

import com.laca.application.shared.IdempotentAnswer;
import com.laca.domain.shared.TenantId;
import java.util.function.Supplier;

/**
 * Runs a create request at most once per clinic, scope and {@code Idempotency-Key}, so a client retrying after a lost
 * answer gets the first answer again instead of a second booking.
 */
public interface RunOnceUseCase {

    /** The answer, and whether it replays an earlier request's. */
    record Outcome(IdempotentAnswer answer, boolean replayed) {
    }

    /**
     * Runs the work once for the key, or replays its stored answer (kept 24 hours; only 2xx answers are kept).
     *
     * @param requestHash identifies the request's body; a repeat with another hash is refused
     * @throws com.laca.application.shared.KeyReusedException if the key was used for another body
     * @throws com.laca.application.shared.ConflictException if the first request with the key is still running
     */
    Outcome run(TenantId tenant, String scope, String key, String requestHash, Supplier<IdempotentAnswer> work);
}

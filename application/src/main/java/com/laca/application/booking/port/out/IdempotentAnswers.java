package com.laca.application.booking.port.out;

import com.laca.application.shared.IdempotentAnswer;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps, per tenant, the answer given to a create request sent with an {@code Idempotency-Key}, so a retried request
 * replays that answer instead of booking twice; a unique key on (tenant, scope, key) lets only one request claim a key.
 * Every method runs inside a transaction of the tenant whose keys it touches.
 */
public interface IdempotentAnswers {

    /** What is stored under a key: the request's hash and, once the first request finished, its answer. */
    record Entry(String requestHash, Instant claimedAt, Optional<IdempotentAnswer> answer) {
    }

    /** The entry under the key, if any; entries claimed before {@code notBefore} count as gone. */
    Optional<Entry> find(String scope, String key, Instant notBefore);

    /**
     * Claims the key for a request with this hash, first removing its entry if that has expired (claimed before
     * {@code expiredBefore}) or is a claim without an answer made before {@code staleBefore}.
     *
     * @return {@code false} if another request holds the key (the unique key refused the insert)
     */
    boolean claim(String scope, String key, String requestHash, Instant now, Instant staleBefore, Instant expiredBefore);

    /** Stores the answer of the request that claimed the key. */
    void complete(String scope, String key, IdempotentAnswer answer);

    /** Gives the key up after its request failed without an answer worth replaying, so a retry runs again. */
    void release(String scope, String key);
}

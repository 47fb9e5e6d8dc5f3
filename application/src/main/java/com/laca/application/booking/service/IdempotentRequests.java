package com.laca.application.booking.service;

import com.laca.application.booking.port.out.IdempotentAnswers;
import com.laca.application.booking.port.in.RunOnceUseCase;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.IdempotentAnswer;
import com.laca.application.shared.KeyReusedException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a create request at most once per tenant, scope and {@code Idempotency-Key}: the first request claims the key
 * (a unique key makes concurrent duplicates lose), runs, and stores its successful answer; a repeat with the same body
 * replays that answer, one with another body is refused, and one arriving while the first still runs waits briefly.
 *
 * <p>A claim left without an answer (the server died, or could not store the answer, after the booking committed) is
 * never run again under the same key, because the booking may exist: a retry is refused with
 * {@link UnfinishedRequestException} until the key expires, so a crash between booking and storing the answer can
 * never let a retry book twice. A failure the server saw (the work threw, or answered an error) frees the key.
 */
public final class IdempotentRequests implements RunOnceUseCase {

    /** How long an answer is kept and replayed. */
    public static final Duration KEEP = Duration.ofHours(24);
    /** After this a claim without an answer counts as a request that died, refused rather than waited for. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 100;

    /** Raised when a request with the same key is still running after the wait; the client should retry. */
    public static final class StillRunningException extends ConflictException {
        public StillRunningException() {
            super("A request with this Idempotency-Key is still being processed; retry shortly.");
        }
    }

    /**
     * Raised for a key whose first request claimed it long ago and never stored an answer: it may have booked, so it is
     * not run again; the client should check its bookings before trying with a new key.
     */
    public static final class UnfinishedRequestException extends ConflictException {
        public UnfinishedRequestException(Instant claimedAt) {
            super("The first request with this Idempotency-Key (at " + claimedAt + ") did not finish and may have "
                    + "booked; it is not run again. Check the booking confirmation or the calendar before sending "
                    + "the request with a new key.");
        }
    }

    private final TransactionRunner tx;
    private final IdempotentAnswers answers;
    private final Clock clock;

    public IdempotentRequests(TransactionRunner tx, IdempotentAnswers answers, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Outcome run(TenantId tenant, String scope, String key, String requestHash, Supplier<IdempotentAnswer> work) {
        Instant deadline = clock.instant().plus(WAIT);
        while (true) {
            Instant now = clock.instant();
            Optional<IdempotentAnswers.Entry> entry = tx.inTenant(tenant,
                    () -> answers.find(scope, key, now.minus(KEEP)));
            if (entry.isPresent()) {
                IdempotentAnswers.Entry found = entry.get();
                if (!found.requestHash().equals(requestHash)) {
                    throw new KeyReusedException("This Idempotency-Key was first used for a request with another "
                            + "body; use a new key for a new request.");
                }
                if (found.answer().isPresent()) {
                    return new Outcome(found.answer().get(), true);
                }
                if (!found.claimedAt().isAfter(now.minus(STALE_CLAIM))) {
                    throw new UnfinishedRequestException(found.claimedAt());
                }
                if (now.isAfter(deadline)) {
                    throw new StillRunningException();
                }
                pause();
                continue;
            }
            // only an expired entry is replaced: a claim without an answer may stand for a booking that was made
            if (tx.inTenant(tenant,
                    () -> answers.claim(scope, key, requestHash, now, now.minus(KEEP), now.minus(KEEP)))) {
                return new Outcome(runClaimed(tenant, scope, key, work), false);
            }
            if (clock.instant().isAfter(deadline)) {
                throw new StillRunningException();
            }
            pause();
        }
    }

    private IdempotentAnswer runClaimed(TenantId tenant, String scope, String key, Supplier<IdempotentAnswer> work) {
        IdempotentAnswer answer;
        try {
            answer = work.get();
        } catch (RuntimeException e) {
            tx.inTenant(tenant, () -> {
                answers.release(scope, key);
                return null;
            });
            throw e;
        }
        boolean keep = answer.status() >= 200 && answer.status() < 300;
        tx.inTenant(tenant, () -> {
            if (keep) {
                answers.complete(scope, key, answer);
            } else {
                answers.release(scope, key);
            }
            return null;
        });
        return answer;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StillRunningException();
        }
    }
}

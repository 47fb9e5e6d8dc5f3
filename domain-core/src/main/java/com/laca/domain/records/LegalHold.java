package com.laca.domain.records;

import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An instruction to keep a client's record whatever its retention date says (a claim, a complaint, an inquiry),
 * because destroying evidence that a court or regulator may ask for is worse than keeping it too long.
 *
 * @param id       the hold
 * @param reason   why, in words an auditor understands (1-500 characters)
 * @param placedBy who placed it
 * @param placedAt when
 * @param released who released it and when; empty while the hold stands
 */
public record LegalHold(LegalHoldId id, String reason, UserId placedBy, Instant placedAt,
                        Optional<Release> released) {

    private static final int MAX_REASON = 500;

    public LegalHold {
        Objects.requireNonNull(id, "id");
        reason = Texts.required(reason, "reason", MAX_REASON);
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(released, "released");
        released.ifPresent(release -> {
            if (release.at().isBefore(placedAt)) {
                throw new IllegalArgumentException("a hold cannot be released before it was placed");
            }
        });
    }

    /** A new hold, standing from {@code placedAt}. */
    public static LegalHold place(LegalHoldId id, String reason, UserId placedBy, Instant placedAt) {
        return new LegalHold(id, reason, placedBy, placedAt, Optional.empty());
    }

    /** True while the hold stops the purge. */
    public boolean isActive() {
        return released.isEmpty();
    }

    /** This hold released by {@code by} at {@code at}; releasing twice is a programming error. */
    public LegalHold release(UserId by, Instant at) {
        if (!isActive()) {
            throw new IllegalStateException("legal hold " + id + " is already released");
        }
        return new LegalHold(id, reason, placedBy, placedAt, Optional.of(new Release(by, at)));
    }

    /**
     * Who ended a hold and when.
     *
     * @param by who released it
     * @param at when
     */
    public record Release(UserId by, Instant at) {

        public Release {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}

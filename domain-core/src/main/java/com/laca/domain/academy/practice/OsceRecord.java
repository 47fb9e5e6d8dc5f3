package com.laca.domain.academy.practice;

import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One trainee's sittings of one OSCE station, which enforces the attempt limit and stops sittings once passed.
 *
 * @param results in the order sat, numbered 1, 2, …
 */
public record OsceRecord(OsceStation station, UserId trainee, List<OsceResult> results) {

    public OsceRecord {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(trainee, "trainee");
        results = List.copyOf(results);
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).attempt() != i + 1) {
                throw new IllegalArgumentException("sittings must be numbered 1, 2, … in order");
            }
        }
    }

    /** A trainee who has not sat the station. */
    public static OsceRecord none(OsceStation station, UserId trainee) {
        return new OsceRecord(station, trainee, List.of());
    }

    public OsceStatus status() {
        if (results.stream().anyMatch(OsceResult::passed)) {
            return OsceStatus.PASSED;
        }
        if (results.isEmpty()) {
            return OsceStatus.NOT_ATTEMPTED;
        }
        return results.size() >= station.maxAttempts() ? OsceStatus.FAILED_FINAL : OsceStatus.RESIT_ALLOWED;
    }

    /** Records a sitting, refused once passed, when no sitting is left, or when the examiner is the trainee. */
    public PracticeResult<OsceRecord> record(boolean passed, UserId examiner, Instant examinedAt,
                                             Optional<String> comment) {
        if (examiner.equals(trainee)) {
            return new PracticeResult.Refused<>(PracticeRefusal.OWN_WORK, "a trainee cannot examine themselves",
                    List.of());
        }
        OsceStatus status = status();
        if (status == OsceStatus.PASSED) {
            return new PracticeResult.Refused<>(PracticeRefusal.ALREADY_PASSED, station.name() + " is already passed",
                    List.of());
        }
        if (status == OsceStatus.FAILED_FINAL) {
            return new PracticeResult.Refused<>(PracticeRefusal.NO_ATTEMPTS_LEFT, "all " + station.maxAttempts()
                    + " sittings of " + station.name() + " have been used", List.of());
        }
        List<OsceResult> updated = new ArrayList<>(results);
        updated.add(new OsceResult(results.size() + 1, passed, examiner, examinedAt, comment));
        return new PracticeResult.Applied<>(new OsceRecord(station, trainee, updated));
    }
}

package com.laca.application.academy.port.in;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.OsceRecord;
import com.laca.domain.academy.practice.PracticalProgress;
import com.laca.domain.shared.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trainee's practice on one course as they and their supervisors see it: the cases logged, the signed-off counts
 * against the minimums (derived, never stored) and where they stand at each OSCE station.
 *
 * @param progress empty when the course version asks for no cases
 * @param stations one record per station the course version lists
 */
public record PracticalRecord(CourseId course, UserId trainee, List<CaseLogEntry> cases,
                              Optional<PracticalProgress> progress, List<OsceRecord> stations) {

    public PracticalRecord {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(trainee, "trainee");
        cases = List.copyOf(cases);
        Objects.requireNonNull(progress, "progress");
        stations = List.copyOf(stations);
    }
}

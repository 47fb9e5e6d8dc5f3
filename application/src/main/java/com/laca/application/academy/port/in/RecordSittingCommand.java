package com.laca.application.academy.port.in;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * An examiner's verdict on one sitting of an OSCE station; the examiner is the caller.
 *
 * @param sitting the number of the sitting recorded (1 for the first), so a retried request finds the sitting it
 *                already recorded and a stale page cannot record a sitting twice
 */
public record RecordSittingCommand(CourseId course, OsceStationId station, UserId trainee, int sitting,
                                   boolean passed, Optional<String> comment) {

    public RecordSittingCommand {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(trainee, "trainee");
        if (sitting < 1) {
            throw new IllegalArgumentException("sittings are numbered from 1");
        }
        Objects.requireNonNull(comment, "comment");
    }
}

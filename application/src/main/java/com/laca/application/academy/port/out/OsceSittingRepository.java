package com.laca.application.academy.port.out;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.shared.UserId;
import java.util.List;

/**
 * Stores the current tenant's OSCE sittings, written once each and numbered per trainee and station, so two
 * examiners recording the same sitting at once keep one and the other is a conflict.
 */
public interface OsceSittingRepository {

    /** Stores a sitting; {@link com.laca.application.shared.ConflictException} if its number is taken. */
    void insert(CourseId course, OsceStationId station, UserId trainee, OsceResult sitting);

    /** The trainee's sittings of the station, in the order sat. */
    List<OsceResult> listFor(CourseId course, OsceStationId station, UserId trainee);
}

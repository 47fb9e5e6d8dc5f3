package com.laca.application.academy.port.out;

import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.PatientReference;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's practical case logs; one case per trainee, course, patient reference, moment and
 * modality (a retried log finds the case already stored instead of counting it twice), and a sign-off is written
 * under the case's row lock so two supervisors deciding at once decide once.
 */
public interface CaseLogRepository {

    /** Stores a new case; {@link com.laca.application.shared.ConflictException} if the same case is stored. */
    void insert(CaseLogEntry entry);

    /** Stores the case's supervisor decision. */
    void update(CaseLogEntry entry);

    Optional<CaseLogEntry> find(CaseLogEntryId id);

    /** The case, locked until the transaction ends, so two sign-offs queue. */
    Optional<CaseLogEntry> findForUpdate(CaseLogEntryId id);

    /** The case the trainee already logged for that patient, moment and modality, if any. */
    Optional<CaseLogEntry> findSame(UserId trainee, CourseId course, PatientReference patient, Instant performedAt,
                                    Modality modality);

    /** The trainee's cases on the course, oldest first. */
    List<CaseLogEntry> listFor(CourseId course, UserId trainee);

    /** Every trainee's cases on the course, oldest first. */
    List<CaseLogEntry> listByCourse(CourseId course);
}

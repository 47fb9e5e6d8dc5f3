package com.laca.adapter.persistence.support;

import com.laca.application.booking.port.out.SlotTakenException;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.scheduling.RejectionReason;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Set;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/** Turns JPA, EclipseLink and JDBC failures into the exceptions the ports declare, so no vendor type leaves. */
public final class PersistenceErrors {

    /** SQLSTATE 23P01: PostgreSQL's exclusion constraint, i.e. two active appointments would overlap. */
    private static final String EXCLUSION_VIOLATION = "23P01";
    /** The exclusion constraint on {@code appointment_resources}, named in V2_1. */
    private static final String RESOURCE_CONSTRAINT = "ex_appointment_resources_busy";
    /** SQLSTATE class 23: integrity constraint violation (unique, foreign key, not null, check). */
    private static final String INTEGRITY_VIOLATION = "23";
    /** Serialization failure, deadlock, lock not available (PostgreSQL) and lock time-out (H2): retryable, not bugs. */
    private static final Set<String> LOCK_CONFLICTS = Set.of("40001", "40P01", "55P03", "HYT00");

    private PersistenceErrors() {
    }

    /**
     * The port exception for a persistence failure: a stale version becomes {@link VersionConflictException}, an
     * overlapping appointment {@link SlotTakenException} with the resource or practitioner reason, another broken
     * constraint {@link ConflictException} with the given message, anything else from the database an
     * {@link IllegalStateException}; exceptions that did not come from the database pass through unchanged.
     */
    public static RuntimeException translate(RuntimeException failure, String kind, Object id, String conflictMessage) {
        if (!(failure instanceof PersistenceException) && !(failure instanceof EclipseLinkException)) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return new VersionConflictException(kind, id);
            }
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return new SlotTakenException(String.valueOf(sql.getMessage()).contains(RESOURCE_CONSTRAINT)
                        ? RejectionReason.RESOURCE_UNAVAILABLE : RejectionReason.PRACTITIONER_BUSY);
            }
            if (cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof SQLException sql && LOCK_CONFLICTS.contains(sql.getSQLState())) {
                return new ConflictException("the records are busy with another change; please try again");
            }
            if (cause instanceof EntityExistsException || cause instanceof SQLException sql
                    && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return new ConflictException(conflictMessage);
            }
        }
        return new IllegalStateException("the database operation failed", failure);
    }
}

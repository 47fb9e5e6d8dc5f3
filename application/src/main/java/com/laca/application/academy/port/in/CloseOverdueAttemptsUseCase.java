package com.laca.application.academy.port.in;

import com.laca.domain.shared.TenantId;

/**
 * The closing job's use case: attempts still open after their cutoff (deadline + grace) are finished with the answers
 * saved, so a trainee who closed the browser still gets a grade and nobody can answer late.
 */
public interface CloseOverdueAttemptsUseCase {

    /** Finishes the tenant's overdue attempts (reason TIME_UP); answers how many it finished. */
    int finishOverdue(TenantId tenant);
}

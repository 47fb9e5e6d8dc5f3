package com.laca.application.consent.port.in;

import com.laca.domain.consent.ConsentProblem;
import java.util.Objects;

/** A consent step was refused for a reason the client or staff can act on; nothing was stored. */
public class ConsentRefusedException extends RuntimeException {

    private final transient ConsentProblem problem;

    public ConsentRefusedException(ConsentProblem problem) {
        super(Objects.requireNonNull(problem, "problem").reason() + ": " + problem.message());
        this.problem = problem;
    }

    public ConsentProblem problem() {
        return problem;
    }
}

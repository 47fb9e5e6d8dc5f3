package com.laca.adapter.rest.problem;

import java.util.Objects;

/** Lets REST code stop a request with a ready problem (e.g. 428 for a missing If-Match) without building a response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}

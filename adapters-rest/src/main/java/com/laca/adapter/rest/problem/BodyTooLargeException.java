package com.laca.adapter.rest.problem;

/**
 * Thrown from a capped request stream when a chunked body grows past the limit; an unchecked exception so it travels
 * through JSON parsers to the mappers, which answer 413 wherever it ends up wrapped.
 */
public class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}

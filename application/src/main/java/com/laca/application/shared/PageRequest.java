package com.laca.application.shared;

/**
 * Which page of a list to return; capped so no request can ask for an unbounded result.
 *
 * @param page zero-based page number
 * @param size 1–100 items per page
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Index of the first item on this page. */
    public int offset() {
        return page * size;
    }
}

package com.laca.adapter.rest.common;

import com.laca.application.shared.PageRequest;

/**
 * The bounds and messages of {@code ?page=&size=} and {@code ?limit=}, declared once so every list endpoint's
 * {@code @Min}/{@code @Max} constraints (and the 400 they give, naming the parameter) say the same thing.
 */
public final class Paging {

    /** The page size when the client does not ask for one. */
    public static final int DEFAULT_SIZE = 20;
    /** The highest page number whose first row still fits an {@code int}. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / PageRequest.MAX_SIZE;
    /** The largest page. */
    public static final int MAX_SIZE = PageRequest.MAX_SIZE;
    /** What a page number out of range is told. */
    public static final String PAGE_RANGE = "must be a whole number from 0 to " + MAX_PAGE;
    /** What a page size out of range is told. */
    public static final String SIZE_RANGE = "must be a whole number from 1 to " + MAX_SIZE;
    /** The largest {@code ?limit=} of the operator lists (sent e-mails, dead letters). */
    public static final int MAX_LIMIT = 500;
    /** What a limit out of range is told. */
    public static final String LIMIT_RANGE = "must be a whole number from 1 to " + MAX_LIMIT;
    /** The {@code ?limit=} when the client does not ask for one. */
    public static final int DEFAULT_LIMIT = 50;

    private Paging() {
    }

    /** The page asked for, the first page of {@link #DEFAULT_SIZE} rows when left out; bounds are checked already. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** The limit asked for, or {@link #DEFAULT_LIMIT}. */
    public static int limit(Integer limit) {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}

package com.laca.application.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list plus the total, so a client can render paging without a second call. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item converted, e.g. into a response record. */
    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}

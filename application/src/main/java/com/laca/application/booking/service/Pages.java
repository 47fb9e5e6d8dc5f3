package com.laca.application.booking.service;

import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paged repository listing, because a schedule needs all practitioners and rooms at once. */
final class Pages {

    private Pages() {
    }

    static <T> List<T> all(Function<PageRequest, Page<T>> lister) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> current = lister.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(current.items());
            if (current.items().size() < PageRequest.MAX_SIZE || all.size() >= current.total()) {
                return all;
            }
        }
    }
}

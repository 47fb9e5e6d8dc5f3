package com.laca.adapter.rest.common;

import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list as JSON, with the total so a client can render paging without a second call.
 *
 * @param page zero-based page number
 */
@Schema(name = "Page", description = "One page of a list: items, zero-based page number, page size and total count.")
public record PageResponse<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                              @Schema(example = "42") long total) {

    public static <D, T> PageResponse<T> from(Page<D> page, Function<? super D, T> view) {
        return new PageResponse<>(page.items().stream().<T>map(view).toList(), page.page(), page.size(), page.total());
    }

    /**
     * One page of a list the use case already bounds (a calendar of at most 31 days, a year of closures), so lists
     * answer the same {@code {items, page, size, total}} shape whether the bound is in the query or the range.
     */
    public static <D, T> PageResponse<T> slice(List<D> all, PageRequest request, Function<? super D, T> view) {
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.size());
        return new PageResponse<>(all.subList(from, to).stream().<T>map(view).toList(), request.page(),
                request.size(), all.size());
    }
}

package dev.parley.core.domain.common;

import java.util.List;
import java.util.function.Function;

/** Value: one page of a listing, with the total number of items across all pages. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the page's " + items.size() + " items");
        }
    }

    /** The same page with each item transformed. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }
}

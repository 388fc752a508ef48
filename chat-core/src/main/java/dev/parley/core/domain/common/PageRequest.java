package dev.parley.core.domain.common;

import dev.parley.core.domain.error.InvalidInputException;

/**
 * Value: which page of a listing to read, counted from 1, with at most {@value #MAX_PAGE_SIZE} items.
 */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("page", "page must be 1 or greater");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page_size", "page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** The number of items that come before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}

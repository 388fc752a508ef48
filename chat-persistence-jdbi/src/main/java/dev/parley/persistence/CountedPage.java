package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * One page of a listing with the number of rows that match, counted by the page's own query with
 * {@code COUNT(*) OVER ()}, so the total agrees with the rows even while others write. The SQL parts
 * must be constant fragments; every value travels as a bind parameter set by {@code bind}.
 */
record CountedPage(String columns, String fromWhere, String orderBy) {

    /** A page row together with the number of rows matching the filters. */
    private record Counted<T>(T item, long total) {
    }

    <T> Page<T> read(Handle handle, RowMapper<T> mapper, PageRequest page, UnaryOperator<Query> bind) {
        List<Counted<T>> rows = bind.apply(handle.createQuery("SELECT " + columns + ", COUNT(*) OVER () AS total "
                        + fromWhere + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset"))
                .bind("limit", page.pageSize())
                .bind("offset", page.offset())
                .map((row, context) -> new Counted<>(mapper.map(row, context), row.getLong("total")))
                .list();
        List<T> items = rows.stream().map(Counted::item).toList();
        return new Page<>(items, rows.isEmpty() ? countBeyond(handle, page, bind) : rows.getFirst().total(), page);
    }

    /** The total when the page came back empty: zero on the first page, else counted on its own. */
    private long countBeyond(Handle handle, PageRequest page, UnaryOperator<Query> bind) {
        if (page.offset() == 0) {
            return 0;
        }
        return bind.apply(handle.createQuery("SELECT COUNT(*) " + fromWhere)).mapTo(Long.class).one();
    }
}

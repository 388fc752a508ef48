package dev.parley.http.v1;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ListConversationsCommand;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RequestParams;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Request: 002's history query, {@code page} (from 1), {@code page_size} (10, at most 100),
 * {@code start_date}/{@code end_date} on creation time (a bare end date includes its whole day) and {@code model}.
 */
record HistoryQuery(int page, int pageSize, Optional<Instant> startDate, Optional<Instant> endDate, Optional<String> model) {

    static HistoryQuery from(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        int page = RequestParams.queryInt(ctx, "page", 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = RequestParams.queryInt(ctx, "page_size", 10, 1, PageRequest.MAX_PAGE_SIZE, errors);
        Optional<Instant> start = RequestParams.queryInstant(ctx, "start_date", false, errors);
        Optional<Instant> end = RequestParams.queryInstant(ctx, "end_date", true, errors);
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
        return new HistoryQuery(page, pageSize, start, end, RequestParams.queryText(ctx, "model"));
    }

    ListConversationsCommand toCommand(UserId user) {
        return new ListConversationsCommand(user, startDate, endDate, model, page, pageSize);
    }
}

package dev.parley.http.stream;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RequestParams;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Request: seed 002's prompt list query, which /v1 shares: {@code scenario}, {@code include_templates}
 * (default true), {@code search} (in title, content and description), {@code page} (from 1) and
 * {@code page_size} (20, at most 100).
 */
public final class PromptListQuery {

    public static final int DEFAULT_PAGE_SIZE = 20;

    private PromptListQuery() {
    }

    /** @throws HttpProblem 422 listing every query parameter out of range */
    public static PromptQuery from(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        boolean templates = RequestParams.queryBoolean(ctx, "include_templates", true, errors);
        int page = RequestParams.queryInt(ctx, "page", 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = RequestParams.queryInt(ctx, "page_size", DEFAULT_PAGE_SIZE, 1, PageRequest.MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
        return new PromptQuery(RequestParams.queryText(ctx, "scenario"), templates,
                RequestParams.queryText(ctx, "search"), new PageRequest(page, pageSize));
    }
}

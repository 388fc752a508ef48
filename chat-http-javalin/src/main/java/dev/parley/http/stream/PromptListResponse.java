package dev.parley.http.stream;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.prompt.Prompt;
import java.util.List;

/** Response: one page of the prompts a user sees, in seed 002's shape, which /v1 shares. */
public record PromptListResponse(List<PromptResponse> items, long total, int page, int pageSize) {

    public static PromptListResponse of(Page<Prompt> page) {
        return new PromptListResponse(page.items().stream().map(PromptResponse::of).toList(), page.total(),
                page.request().page(), page.request().pageSize());
    }
}

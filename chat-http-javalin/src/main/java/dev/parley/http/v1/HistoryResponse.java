package dev.parley.http.v1;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.ConversationDetails;
import java.util.List;

/** Response: one page of chat history, newest update first. */
record HistoryResponse(long total, int page, int pageSize, List<SessionResponse> sessions) {

    static HistoryResponse of(Page<ConversationDetails> page) {
        return new HistoryResponse(page.total(), page.request().page(), page.request().pageSize(),
                page.items().stream().map(SessionResponse::of).toList());
    }
}

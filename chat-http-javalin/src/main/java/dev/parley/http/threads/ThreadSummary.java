package dev.parley.http.threads;

import dev.parley.core.domain.conversation.Conversation;

/** One thread in seed 003's listing: id, title and its times as Django writes them. */
record ThreadSummary(long id, String title, String createdAt, String updatedAt) {

    static ThreadSummary of(Conversation conversation) {
        return new ThreadSummary(conversation.id().value(), conversation.title(),
                DjangoTimes.format(conversation.createdAt()), DjangoTimes.format(conversation.updatedAt()));
    }
}

package dev.parley.http.threads;

import java.util.List;

/** Seed 003's {@code GET /chat/threads/<id>/messages/}: {@code {"messages": [...]}}. */
record MessageListResponse(List<ThreadMessage> messages) {
}

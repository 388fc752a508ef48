package dev.parley.http.threads;

import java.util.List;

/** Seed 003's {@code GET /chat/threads/}: {@code {"threads": [...]}}. */
record ThreadListResponse(List<ThreadSummary> threads) {
}

package dev.parley.http.threads;

/** Seed 003's {@code POST /chat/threads/new/}: {@code {"thread_id": 7}}. */
record NewThreadResponse(long threadId) {
}

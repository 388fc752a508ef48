package dev.parley.http.threads;

/** Seed 003's whole reply: {@code {"response": "..."}}. */
record ReplyResponse(String response) {
}

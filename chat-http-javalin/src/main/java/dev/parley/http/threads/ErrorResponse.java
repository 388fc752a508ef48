package dev.parley.http.threads;

/** Seed 003's error body: {@code {"error": "..."}}. */
record ErrorResponse(String error) {
}

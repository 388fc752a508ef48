package dev.parley.http.threads;

/** Seed 003's thread change answers: {@code {"status": "..."}}. */
record StatusResponse(String status) {
}

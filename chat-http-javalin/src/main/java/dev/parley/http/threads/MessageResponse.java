package dev.parley.http.threads;

/** Seed 003's account answers: {@code {"message": "..."}}. */
record MessageResponse(String message) {
}

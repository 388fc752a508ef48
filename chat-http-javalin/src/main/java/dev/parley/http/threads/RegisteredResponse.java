package dev.parley.http.threads;

/** Seed 003's answer to a sign-up: the message with the new account's username and e-mail. */
record RegisteredResponse(String message, String username, String email) {
}

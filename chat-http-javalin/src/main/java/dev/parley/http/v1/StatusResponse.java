package dev.parley.http.v1;

/** Response: a plain confirmation, {@code {"message": ...}}. */
record StatusResponse(String message) {
}

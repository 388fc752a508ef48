package dev.parley.http.stream;

/** Response: seed 002's plain confirmation, {@code {"message": ...}}. */
record MessageResponse(String message) {
}

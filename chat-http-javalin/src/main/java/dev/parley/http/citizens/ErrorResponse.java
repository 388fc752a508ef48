package dev.parley.http.citizens;

/** Response: the document's error body, {@code {"error": ...}}. */
record ErrorResponse(String error) {
}

package dev.parley.http.citizens;

/** Response: Django REST framework's error body, {@code {"detail": ...}}, for authentication failures. */
record DetailResponse(String detail) {
}

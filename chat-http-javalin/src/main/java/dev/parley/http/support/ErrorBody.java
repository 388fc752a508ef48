package dev.parley.http.support;

/** HTTP support: the body of every error response, {@code {"detail": ...}}: a message or a list of {@link FieldError}s. */
public record ErrorBody(Object detail) {
}

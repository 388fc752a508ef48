package dev.parley.core.domain.error;

/** Domain error: the caller is known but may not do this (an ordinary user on an admin operation). */
public final class ForbiddenException extends ParleyException {

    public ForbiddenException(String message) {
        super(message);
    }
}

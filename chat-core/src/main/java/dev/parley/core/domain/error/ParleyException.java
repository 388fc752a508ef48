package dev.parley.core.domain.error;

/**
 * Domain error: the closed set of failures a use case reports to its caller. Adapters translate
 * each kind into their own shape (an HTTP status and body, an SSE error event).
 */
public abstract sealed class ParleyException extends RuntimeException
        permits NotFoundException, InvalidInputException, UnknownModelException, ConflictException,
                AuthenticationException, ForbiddenException, ProviderException, CancelledException,
                TooLargeException {

    protected ParleyException(String message) {
        super(message);
    }

    protected ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}

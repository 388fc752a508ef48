package dev.parley.core.domain.error;

/**
 * Domain error: credentials were missing, wrong, expired or revoked. The message never says which
 * part was wrong (an unknown username and a wrong password read the same).
 */
public final class AuthenticationException extends ParleyException {

    public AuthenticationException(String message) {
        super(message);
    }
}

package dev.parley.core.port.in;

/** Command: create an account. Fields may be null; the use case reports what is missing. */
public record RegisterUserCommand(String username, String password) {

    @Override
    public String toString() {
        return "RegisterUserCommand[username=" + username + ", password=<redacted>]";
    }
}

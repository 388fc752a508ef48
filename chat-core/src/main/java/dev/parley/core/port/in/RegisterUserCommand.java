package dev.parley.core.port.in;

/** Command: create an account. Fields may be null (e-mail is optional); the use case reports what is missing. */
public record RegisterUserCommand(String username, String email, String password) {

    /** An account without e-mail. */
    public RegisterUserCommand(String username, String password) {
        this(username, null, password);
    }

    @Override
    public String toString() {
        return "RegisterUserCommand[username=" + username + ", email=" + email + ", password=<redacted>]";
    }
}

package dev.parley.core.port.in;

/** Command: find out who a bearer token stands for. */
public record AuthenticateCommand(String token) {

    @Override
    public String toString() {
        return "AuthenticateCommand[token=<redacted>]";
    }
}

package dev.parley.core.port.in;

/** Command: trade a refresh token for a new pair. */
public record RefreshTokenCommand(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenCommand[refreshToken=<redacted>]";
    }
}

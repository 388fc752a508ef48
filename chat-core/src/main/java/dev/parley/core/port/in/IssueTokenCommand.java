package dev.parley.core.port.in;

/** Command: exchange a username and password for an access token. */
public record IssueTokenCommand(String username, String password) {

    @Override
    public String toString() {
        return "IssueTokenCommand[username=" + username + ", password=<redacted>]";
    }
}

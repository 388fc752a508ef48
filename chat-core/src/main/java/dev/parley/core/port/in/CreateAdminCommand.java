package dev.parley.core.port.in;

/** Command: make sure the operator's first admin account exists (from configuration or a subcommand). */
public record CreateAdminCommand(String username, String password) {

    @Override
    public String toString() {
        return "CreateAdminCommand[username=" + username + ", password=<redacted>]";
    }
}

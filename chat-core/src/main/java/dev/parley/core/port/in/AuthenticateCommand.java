package dev.parley.core.port.in;

import dev.parley.core.domain.user.CredentialScheme;
import java.util.Objects;

/** Command: find out who a credential, presented in one of the supported schemes, stands for. */
public record AuthenticateCommand(CredentialScheme scheme, String token) {

    public AuthenticateCommand {
        Objects.requireNonNull(scheme, "scheme");
    }

    /** A bearer access token. */
    public AuthenticateCommand(String token) {
        this(CredentialScheme.BEARER, token);
    }

    @Override
    public String toString() {
        return "AuthenticateCommand[scheme=" + scheme + ", token=<redacted>]";
    }
}

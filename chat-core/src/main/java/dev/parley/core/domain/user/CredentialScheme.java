package dev.parley.core.domain.user;

/** Value: how a request proves who it is; every scheme goes through the same authentication use case. */
public enum CredentialScheme {
    /** A signed access token ({@code Authorization: Bearer <jwt>}). */
    BEARER,
    /** A stored API token ({@code Authorization: Token <key>}). */
    API_TOKEN,
    /** A stored session, named by a cookie. */
    SESSION
}

package dev.parley.core.domain.user;

/** Value: the kinds of opaque credential Parley stores (as hashes), beside its signed access tokens. */
public enum CredentialKind {
    /** Trades for a new access token; single use, rotated on every use (SimpleJWT-style refresh). */
    REFRESH,
    /** A long-lived key sent as {@code Authorization: Token <key>} (Django REST framework style). */
    API_TOKEN,
    /** A server-side session behind a cookie. */
    SESSION
}

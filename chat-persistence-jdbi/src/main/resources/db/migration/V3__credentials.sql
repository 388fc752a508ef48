-- Opaque credentials (refresh tokens, API tokens, sessions), kept only as the SHA-256 hex of their
-- secret. Same text for H2 2.x and PostgreSQL. A user's credentials go with the user.

CREATE TABLE credentials (
    hash       VARCHAR(64)                 NOT NULL,
    kind       VARCHAR(32)                 NOT NULL,
    user_id    BIGINT                      NOT NULL,
    -- The rotation chain a refresh token belongs to; reusing a spent one revokes the whole family.
    family     UUID                        NOT NULL,
    -- The user's credential generation when it was issued; a raised generation outdates it.
    generation BIGINT                      NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP(6) WITH TIME ZONE,
    used_at    TIMESTAMP(6) WITH TIME ZONE,
    revoked_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT credentials_pkey PRIMARY KEY (hash),
    CONSTRAINT credentials_kind_known CHECK (kind IN ('REFRESH', 'API_TOKEN', 'SESSION')),
    CONSTRAINT credentials_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX credentials_family_idx ON credentials (family);
-- Serves the foreign key: deleting a user finds their credentials without a scan.
CREATE INDEX credentials_user_idx ON credentials (user_id);

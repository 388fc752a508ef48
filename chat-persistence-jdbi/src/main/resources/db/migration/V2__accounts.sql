-- Accounts: e-mail, role, deactivation and credential revocation. Same text for H2 2.x and PostgreSQL.
-- The defaults turn every existing user into an active, ordinary account at generation 0 without e-mail.
-- The lengths leave room for lower-casing and for TextColumns' escapes, both of which can lengthen text.

ALTER TABLE users ADD COLUMN email VARCHAR(1024);
ALTER TABLE users ADD COLUMN email_canonical VARCHAR(1024);
ALTER TABLE users ADD COLUMN role VARCHAR(32) DEFAULT 'USER' NOT NULL;
ALTER TABLE users ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
-- Stamped into every credential issued; raising it invalidates all credentials issued before.
ALTER TABLE users ADD COLUMN credential_generation BIGINT DEFAULT 0 NOT NULL;

-- A UNIQUE constraint treats NULLs as distinct on both databases, so any number of users may lack an e-mail.
ALTER TABLE users ADD CONSTRAINT users_email_canonical_key UNIQUE (email_canonical);
ALTER TABLE users ADD CONSTRAINT users_email_whole CHECK ((email IS NULL) = (email_canonical IS NULL));
ALTER TABLE users ADD CONSTRAINT users_role_known CHECK (role IN ('USER', 'ADMIN'));
ALTER TABLE users ADD CONSTRAINT users_generation_not_negative CHECK (credential_generation >= 0);

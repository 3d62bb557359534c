-- People who log in at the gateway. Passwords are bcrypt hashes; a disabled user cannot log in or refresh.
CREATE TABLE users (
    id            uuid         PRIMARY KEY,
    username      varchar(64)  NOT NULL UNIQUE,
    password_hash varchar(100) NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('customer', 'ops', 'admin')),
    enabled       boolean      NOT NULL,
    created_at    timestamptz  NOT NULL
);

-- Refresh tokens are stored as SHA-256 hashes only. Each use replaces the token by a new one of the same family;
-- a replaced token presented again means it was stolen, and the whole family is revoked.
CREATE TABLE refresh_tokens (
    token_hash  varchar(64) PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id),
    family      uuid        NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family);

-- The RSA keys the gateway signs access tokens with. The newest unretired key signs; a retired key stays in the
-- published key set until every token it signed has expired.
CREATE TABLE signing_keys (
    kid         varchar(64) PRIMARY KEY,
    private_key text        NOT NULL,
    public_key  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    retired_at  timestamptz
);

-- The sign-ins `serve` holds between two requests, shared by every instance on the database:
-- device codes waiting for approval (RFC 8628) and the client assertions already used. Times
-- are milliseconds of real time, not the backend's clock (which rehearsals may hold still).
CREATE TABLE device_codes (
    -- SHA-256 of the device code: the code itself is a bearer secret.
    device_hash  TEXT PRIMARY KEY,
    user_code    TEXT NOT NULL,
    tenant       TEXT NOT NULL,
    expires_ms   INTEGER NOT NULL,
    last_poll_ms INTEGER,
    -- waiting, approved or declined
    state        TEXT NOT NULL,
    -- The tokens of an approved code, sealed, until they are redeemed.
    tokens       BLOB
);
CREATE INDEX device_codes_user_code ON device_codes (user_code);
CREATE INDEX device_codes_expires ON device_codes (expires_ms);

CREATE TABLE client_assertions (
    client_id TEXT NOT NULL,
    jti       TEXT NOT NULL,
    until_ms  INTEGER NOT NULL,
    PRIMARY KEY (client_id, jti)
);
CREATE INDEX client_assertions_until ON client_assertions (until_ms);

-- The PostgreSQL schema: the same tables as the SQLite store's migrations 001-005, in
-- PostgreSQL's types. Times are whole seconds since the Unix epoch (UTC), as BIGINT; ids are
-- GUIDs as text; booleans are 0 and 1, as on SQLite, so that one set of statements serves both.
-- Names compared without regard to case (domains, user names, mail addresses, location keys)
-- are CITEXT, as SQLite's COLLATE NOCASE. Tables listed in insertion order have a `rowid`,
-- as SQLite gives every table.

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE tenants (
    id             TEXT PRIMARY KEY,
    default_domain CITEXT NOT NULL UNIQUE,
    created_at     BIGINT NOT NULL
);

CREATE TABLE domains (
    name       CITEXT PRIMARY KEY,
    tenant_id  TEXT NOT NULL REFERENCES tenants(id),
    verified   BIGINT NOT NULL,
    is_default BIGINT NOT NULL,
    added_at   BIGINT NOT NULL
);

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    tenant_id            TEXT NOT NULL REFERENCES tenants(id),
    upn                  CITEXT NOT NULL UNIQUE,
    first_name           TEXT NOT NULL,
    last_name            TEXT NOT NULL,
    email                CITEXT NOT NULL,
    user_type            TEXT NOT NULL CHECK (user_type IN ('Member', 'Guest')),
    password_hash        TEXT,
    failed_sign_ins      BIGINT NOT NULL DEFAULT 0,
    sign_in_locked_until BIGINT,
    created_at           BIGINT NOT NULL,
    last_failed_sign_in  BIGINT,
    UNIQUE (tenant_id, email)
);

CREATE TABLE user_roles (
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    access_hash     TEXT NOT NULL UNIQUE,
    refresh_hash    TEXT NOT NULL UNIQUE,
    access_expires  BIGINT NOT NULL,
    refresh_expires BIGINT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);

CREATE TABLE accounts (
    id                 TEXT PRIMARY KEY,
    tenant_id          TEXT NOT NULL REFERENCES tenants(id),
    mpn_id             TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL CHECK (kind IN ('global', 'location')),
    parent_id          TEXT REFERENCES accounts(id),
    company_name       TEXT NOT NULL,
    country            TEXT NOT NULL,
    legal_json         TEXT NOT NULL,
    legal_etag         TEXT NOT NULL,
    org_json           TEXT,
    org_etag           TEXT NOT NULL,
    vetting_status     TEXT NOT NULL,
    vetting_sub_status TEXT NOT NULL,
    owner_user_id      TEXT REFERENCES users(id),
    created_at         BIGINT NOT NULL
);
-- One partner account (the global account) per tenant.
CREATE UNIQUE INDEX accounts_one_global_per_tenant ON accounts(tenant_id) WHERE kind = 'global';
CREATE INDEX accounts_by_tenant ON accounts(tenant_id);
CREATE INDEX accounts_by_name ON accounts(tenant_id, country, lower(company_name));

CREATE TABLE agreements (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id),
    agreement_type TEXT NOT NULL,
    version        TEXT NOT NULL,
    signer_user_id TEXT NOT NULL REFERENCES users(id),
    signer_name    TEXT NOT NULL,
    signer_email   TEXT NOT NULL,
    accepted_at    BIGINT NOT NULL
);

CREATE TABLE verification_codes (
    account_id      TEXT PRIMARY KEY REFERENCES accounts(id),
    code_hash       TEXT NOT NULL,
    salt            TEXT NOT NULL,
    email           TEXT NOT NULL,
    sent_at         BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    failed_attempts BIGINT NOT NULL DEFAULT 0,
    locked_until    BIGINT
);

CREATE TABLE outbox (
    rowid       BIGSERIAL UNIQUE,
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT NOT NULL REFERENCES tenants(id),
    account_id  TEXT REFERENCES accounts(id),
    to_addr     TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    sent_at     BIGINT NOT NULL,
    sealed_body BYTEA
);
CREATE INDEX outbox_by_tenant ON outbox(tenant_id, sent_at);

CREATE TABLE offers (
    id       TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    json     TEXT NOT NULL
);

CREATE TABLE memberships (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    start_at   BIGINT NOT NULL,
    end_at     BIGINT NOT NULL
);

CREATE TABLE orders (
    rowid        BIGSERIAL UNIQUE,
    id           TEXT PRIMARY KEY,
    account_id   TEXT NOT NULL REFERENCES accounts(id),
    kind         TEXT NOT NULL CHECK (kind IN ('purchase', 'renewal', 'rejoin')),
    offer_id     TEXT,
    area         TEXT,
    level        TEXT,
    supersedes   TEXT,
    attested_by  TEXT,
    renewal_from BIGINT,
    description  TEXT NOT NULL,
    total_cents  BIGINT NOT NULL,
    currency     TEXT NOT NULL,
    payment      TEXT NOT NULL CHECK (payment IN ('card', 'invoice')),
    status       TEXT NOT NULL CHECK (status IN ('completed', 'pendingPayment', 'refunded')),
    created_at   BIGINT NOT NULL,
    created_by   TEXT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX orders_by_account ON orders(account_id, created_at);

CREATE TABLE subscriptions (
    rowid       BIGSERIAL UNIQUE,
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts(id),
    offer_id    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    area        TEXT,
    level       TEXT,
    order_id    TEXT NOT NULL REFERENCES orders(id),
    since       BIGINT NOT NULL,
    attested_by TEXT,
    status      TEXT NOT NULL CHECK (status IN ('active', 'superseded', 'refunded', 'lapsed'))
);
CREATE INDEX subscriptions_by_account ON subscriptions(account_id);

CREATE TABLE benefits (
    rowid          BIGSERIAL UNIQUE,
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id),
    order_id       TEXT NOT NULL REFERENCES orders(id),
    offer_id       TEXT NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    quantity       BIGINT NOT NULL,
    unit           TEXT,
    status         TEXT NOT NULL CHECK (status IN ('available', 'activated', 'withdrawn', 'refunded')),
    access_id      TEXT,
    contract_id    TEXT,
    activated_at   BIGINT,
    activated_by   TEXT,
    valid_until    BIGINT NOT NULL,
    keys_viewed_at BIGINT,
    created_at     BIGINT NOT NULL
);
CREATE INDEX benefits_by_account ON benefits(account_id);
CREATE INDEX benefits_by_order ON benefits(order_id);

CREATE TABLE seat_assignments (
    benefit_id  TEXT NOT NULL REFERENCES benefits(id),
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    assigned_at BIGINT NOT NULL,
    PRIMARY KEY (benefit_id, user_id)
);

CREATE TABLE product_keys (
    rowid       BIGSERIAL UNIQUE,
    benefit_id  TEXT NOT NULL REFERENCES benefits(id),
    key         TEXT NOT NULL,
    redeemed_at BIGINT,
    PRIMARY KEY (benefit_id, key)
);

CREATE TABLE request_log (
    key         TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    answer      BYTEA NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX request_log_created_at ON request_log (created_at);

CREATE TABLE location_keys (
    tenant_id  TEXT NOT NULL REFERENCES tenants(id),
    key        CITEXT NOT NULL,
    account_id TEXT NOT NULL UNIQUE REFERENCES accounts(id),
    PRIMARY KEY (tenant_id, key)
);

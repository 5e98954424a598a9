-- Times are whole seconds since the Unix epoch (UTC). Ids are GUIDs as text.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE tenants (
    id             TEXT PRIMARY KEY,
    default_domain TEXT NOT NULL UNIQUE,
    created_at     INTEGER NOT NULL
);

-- Every domain of every tenant: the default <prefix>.onmicrosoft.com and custom ones.
CREATE TABLE domains (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    tenant_id  TEXT NOT NULL REFERENCES tenants(id),
    verified   INTEGER NOT NULL,
    is_default INTEGER NOT NULL,
    added_at   INTEGER NOT NULL
);

CREATE TABLE users (
    id                  TEXT PRIMARY KEY,
    tenant_id           TEXT NOT NULL REFERENCES tenants(id),
    upn                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name          TEXT NOT NULL,
    last_name           TEXT NOT NULL,
    email               TEXT NOT NULL COLLATE NOCASE,
    user_type           TEXT NOT NULL CHECK (user_type IN ('Member', 'Guest')),
    password_hash       TEXT,            -- argon2 PHC string; NULL for guests
    failed_sign_ins     INTEGER NOT NULL DEFAULT 0,
    sign_in_locked_until INTEGER,
    created_at          INTEGER NOT NULL,
    UNIQUE (tenant_id, email)
);

CREATE TABLE user_roles (
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Only hashes of tokens are stored.
CREATE TABLE sessions (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    access_hash     TEXT NOT NULL UNIQUE,
    refresh_hash    TEXT NOT NULL UNIQUE,
    access_expires  INTEGER NOT NULL,
    refresh_expires INTEGER NOT NULL,
    created_at      INTEGER NOT NULL
);

CREATE TABLE accounts (
    id                 TEXT PRIMARY KEY,
    tenant_id          TEXT NOT NULL REFERENCES tenants(id),
    mpn_id             TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL CHECK (kind IN ('global', 'location')),
    parent_id          TEXT REFERENCES accounts(id),
    company_name       TEXT NOT NULL,
    country            TEXT NOT NULL,
    legal_json         TEXT NOT NULL,    -- api::LegalProfileInput
    legal_etag         TEXT NOT NULL,
    org_json           TEXT,             -- api::OrganizationProfileInput (global account)
    org_etag           TEXT NOT NULL,
    vetting_status     TEXT NOT NULL,
    vetting_sub_status TEXT NOT NULL,
    owner_user_id      TEXT REFERENCES users(id),
    created_at         INTEGER NOT NULL
);
-- One partner account (the global account) per tenant.
CREATE UNIQUE INDEX accounts_one_global_per_tenant ON accounts(tenant_id) WHERE kind = 'global';
CREATE INDEX accounts_by_tenant ON accounts(tenant_id);

CREATE TABLE agreements (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id),
    agreement_type TEXT NOT NULL,
    version        TEXT NOT NULL,
    signer_user_id TEXT NOT NULL REFERENCES users(id),
    signer_name    TEXT NOT NULL,
    signer_email   TEXT NOT NULL,
    accepted_at    INTEGER NOT NULL
);

CREATE TABLE verification_codes (
    account_id      TEXT PRIMARY KEY REFERENCES accounts(id),
    code_hash       TEXT NOT NULL,       -- sha256(salt || code)
    salt            TEXT NOT NULL,
    email           TEXT NOT NULL,
    sent_at         INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER
);

CREATE TABLE outbox (
    id         TEXT PRIMARY KEY,
    tenant_id  TEXT NOT NULL REFERENCES tenants(id),
    account_id TEXT REFERENCES accounts(id),
    to_addr    TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    sent_at    INTEGER NOT NULL
);
CREATE INDEX outbox_by_tenant ON outbox(tenant_id, sent_at);

-- The offer catalog: data, seeded from the default programme when the store is created.
CREATE TABLE offers (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    json        TEXT NOT NULL            -- api::Offer
);

-- The network membership of each account: its term.
CREATE TABLE memberships (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id),
    start_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL          -- the anniversary
);

CREATE TABLE orders (
    id           TEXT PRIMARY KEY,
    account_id   TEXT NOT NULL REFERENCES accounts(id),
    kind         TEXT NOT NULL CHECK (kind IN ('purchase', 'renewal', 'rejoin')),
    offer_id     TEXT,                   -- purchase: the offer bought
    area         TEXT,
    level        TEXT,
    supersedes   TEXT,                   -- purchase: the Silver subscription a Gold replaces
    attested_by  TEXT,
    renewal_from INTEGER,                -- renewal: the anniversary it moves on by 365 days
    description  TEXT NOT NULL,
    total_cents  INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    payment      TEXT NOT NULL CHECK (payment IN ('card', 'invoice')),
    status       TEXT NOT NULL CHECK (status IN ('completed', 'pendingPayment', 'refunded')),
    created_at   INTEGER NOT NULL,
    created_by   TEXT NOT NULL,
    completed_at INTEGER
);
CREATE INDEX orders_by_account ON orders(account_id, created_at);

CREATE TABLE subscriptions (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts(id),
    offer_id    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    area        TEXT,
    level       TEXT,
    order_id    TEXT NOT NULL REFERENCES orders(id),
    since       INTEGER NOT NULL,
    attested_by TEXT,
    status      TEXT NOT NULL CHECK (status IN ('active', 'superseded', 'refunded', 'lapsed'))
);
CREATE INDEX subscriptions_by_account ON subscriptions(account_id);

CREATE TABLE benefits (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id),
    order_id       TEXT NOT NULL REFERENCES orders(id),
    offer_id       TEXT NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    quantity       INTEGER NOT NULL,
    unit           TEXT,
    status         TEXT NOT NULL CHECK (status IN ('available', 'activated', 'withdrawn', 'refunded')),
    access_id      TEXT,
    contract_id    TEXT,
    activated_at   INTEGER,
    activated_by   TEXT,
    valid_until    INTEGER NOT NULL,     -- the anniversary the benefit runs to
    keys_viewed_at INTEGER,
    created_at     INTEGER NOT NULL
);
CREATE INDEX benefits_by_account ON benefits(account_id);

CREATE TABLE seat_assignments (
    benefit_id  TEXT NOT NULL REFERENCES benefits(id),
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (benefit_id, user_id)
);

CREATE TABLE product_keys (
    benefit_id  TEXT NOT NULL REFERENCES benefits(id),
    key         TEXT NOT NULL,
    redeemed_at INTEGER,
    PRIMARY KEY (benefit_id, key)
);

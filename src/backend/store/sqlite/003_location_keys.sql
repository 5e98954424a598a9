-- Stable keys of locations, so that applying an enrollment file again finds the location it
-- created (and updates it) instead of adding a second one. A location added without a key has
-- no row here until an apply adopts it.
CREATE TABLE location_keys (
    tenant_id  TEXT NOT NULL REFERENCES tenants(id),
    key        TEXT NOT NULL COLLATE NOCASE,
    account_id TEXT NOT NULL UNIQUE REFERENCES accounts(id),
    PRIMARY KEY (tenant_id, key)
);

-- Finding an unkeyed location by country and legal name, to adopt it.
CREATE INDEX accounts_by_name ON accounts(tenant_id, country, company_name COLLATE NOCASE);

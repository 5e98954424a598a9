-- An account's index by tenant alone repeated the first column of its index by name (tenant,
-- country, company name), which serves every lookup by tenant and the foreign key's checks:
-- every new location wrote both.
DROP INDEX accounts_by_tenant;

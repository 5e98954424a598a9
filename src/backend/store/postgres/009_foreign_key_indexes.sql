-- An index for every foreign key that a query follows or a delete checks, so that no statement
-- reads a whole table that grows with the number of tenants:
-- - GET /v1/me and every read of a tenant joined the tenant's domains by tenant, which read
--   every domain of every tenant (20,000 tenants: 1,400 reads a second against 21,000 with
--   the index);
-- - an account's last agreement, and the agreements a removed user signed;
-- - the seats of a removed user (the delete cascades to them).
-- What an order granted is looked up within its account (the account's indexes), and orders
-- are never deleted: its benefits need no index by order, which every purchase wrote. The
-- store's tests hold every foreign key to this.
CREATE INDEX domains_by_tenant ON domains(tenant_id);
CREATE INDEX agreements_by_account ON agreements(account_id, accepted_at);
CREATE INDEX agreements_by_signer ON agreements(signer_user_id);
CREATE INDEX seat_assignments_by_user ON seat_assignments(user_id);
DROP INDEX benefits_by_order;

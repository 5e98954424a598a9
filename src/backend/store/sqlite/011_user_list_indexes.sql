-- A page of a tenant's users is read in userPrincipalName order: with this index it is read
-- in that order, where it was sorted from all the tenant's users for every page.
CREATE INDEX users_by_tenant_and_upn ON users(tenant_id, upn);

-- Whether a user owns an account is asked for every user listed, and removing a user checks
-- that no account names them as owner: both look accounts up by owner.
CREATE INDEX accounts_by_owner ON accounts(owner_user_id);

-- Whether a user owns an account is asked for every user listed, and removing a user checks
-- that no account names them as owner: both look accounts up by owner.
CREATE INDEX accounts_by_owner ON accounts(owner_user_id);

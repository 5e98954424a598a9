-- How many users each tenant has, kept by a trigger as users come and go: a page of users
-- carries the tenant's total, and counting a large tenant's users on every page read the
-- whole of its index. A tenant's count is spread over up to 16 rows, each change landing on
-- one at random, and read as their sum: with one row, every transaction that adds a user
-- would hold that row's lock until it commits, and adds to one tenant would take turns.
CREATE TABLE tenant_user_counts (
    tenant_id TEXT NOT NULL,
    shard     INTEGER NOT NULL,
    users     BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, shard)
);

INSERT INTO tenant_user_counts (tenant_id, shard, users)
    SELECT tenant_id, 0, count(*) FROM users GROUP BY tenant_id;

CREATE FUNCTION count_tenant_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tenant_user_counts AS c (tenant_id, shard, users)
            VALUES (NEW.tenant_id, floor(random() * 16)::int, 1)
            ON CONFLICT (tenant_id, shard) DO UPDATE SET users = c.users + 1;
    ELSE
        INSERT INTO tenant_user_counts AS c (tenant_id, shard, users)
            VALUES (OLD.tenant_id, floor(random() * 16)::int, -1)
            ON CONFLICT (tenant_id, shard) DO UPDATE SET users = c.users - 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_counted AFTER INSERT OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION count_tenant_users();

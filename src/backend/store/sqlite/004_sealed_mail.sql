-- Mail bodies hold verification codes: they are kept sealed with the data dir's mail key
-- (`mail.key`, beside the database, not in it). `body` stays for rows written before this
-- migration; opening the store seals them and empties it.
ALTER TABLE outbox ADD COLUMN sealed_body BLOB;

-- The outbox is a queue that `serve --smtp-url` delivers from. Each mail keeps its state
-- (queued, sent, failed), its attempts and last error, when it may be tried next, and until
-- when an instance holds it (a claim that lapses if the instance dies while sending). Queue
-- times are wall-clock seconds, not the operation's clock (a fixed clock must not stop
-- retries). `sealed_html` is the HTML part, sealed as the text part is. A verification code
-- also gets a confirmation link, stored as a hash like the code.
ALTER TABLE outbox ADD COLUMN sealed_html BLOB;
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'queued';
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN queued_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
ALTER TABLE outbox ADD COLUMN delivered_at INTEGER;
UPDATE outbox SET queued_at = sent_at, next_attempt_at = sent_at;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
ALTER TABLE verification_codes ADD COLUMN link_hash TEXT;
CREATE UNIQUE INDEX verification_codes_by_link ON verification_codes(link_hash);

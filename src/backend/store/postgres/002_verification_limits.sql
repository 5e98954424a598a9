-- Wrong verification codes count towards the lockout across resends, within an hour of the
-- latest one (its time tells when the count starts again); resends of a code are limited per
-- hour (how many were sent since when).
ALTER TABLE verification_codes ADD COLUMN last_failed_at BIGINT;
ALTER TABLE verification_codes ADD COLUMN resends BIGINT NOT NULL DEFAULT 0;
ALTER TABLE verification_codes ADD COLUMN resends_since BIGINT;

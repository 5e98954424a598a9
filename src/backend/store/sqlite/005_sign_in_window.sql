-- Failed sign-ins count towards a lockout only within the lockout window: the time of the
-- latest failure tells when the count starts again.
ALTER TABLE users ADD COLUMN last_failed_sign_in INTEGER;

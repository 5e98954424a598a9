-- A custom domain is verified as Azure AD does: the tenant publishes a TXT record with this
-- value (`MS=ms12345678`) at the domain, and verifying looks it up. Domains recorded before
-- this column were verified when added; they have no record.
ALTER TABLE domains ADD COLUMN verification_record TEXT;

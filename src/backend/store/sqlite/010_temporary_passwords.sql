-- How a user's password is stored ('argon2' for a password a person chose, 'hmac-sha256' for
-- a temporary one the backend generated), and whether it must be changed at the next sign-in
-- with it (a temporary password, as in Azure AD). Passwords stored before this are argon2 and
-- stay usable as they are.
ALTER TABLE users ADD COLUMN password_kind TEXT NOT NULL DEFAULT 'argon2';
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

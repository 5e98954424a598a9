-- Every open of the store asks whether any mail is still unsealed (stored before bodies were
-- sealed, see 004): without an index that read every mail, on every command (1,001 mails:
-- 4.4 ms for `membership show` against 3.1 ms). The index holds only unsealed mail, so once
-- the old mail is sealed it stays empty and the question is one page.
CREATE INDEX outbox_unsealed ON outbox(id) WHERE sealed_body IS NULL;

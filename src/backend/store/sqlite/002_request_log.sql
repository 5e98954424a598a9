-- Answers of changing requests, by MS-RequestId, so that a retry gets the first answer and
-- changes nothing (also across a restart of the server).
-- key: SHA-256 of the caller and the request id; fingerprint: SHA-256 of the request (method,
-- path, body); answer: the answer, sealed with a key derived from the request id, so that the
-- store never holds a secret of an answer (a temporary password) in the clear.
CREATE TABLE request_log (
    key         TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    answer      BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE INDEX request_log_created_at ON request_log (created_at);

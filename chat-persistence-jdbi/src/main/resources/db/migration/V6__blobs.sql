-- Uploaded files' bytes, for deployments that keep them in the database (PARLEY_BLOBS=database) so
-- every node sees the same files. Same text for H2 2.x and PostgreSQL: both accept BYTEA, H2 as a
-- name of its BINARY VARYING. No foreign key to the files' records: a blob is written before its
-- file's row and deleted after it, and a key is only a name.
CREATE TABLE blobs (
    -- Not "key", which H2 reserves.
    blob_key   VARCHAR(64)                 NOT NULL PRIMARY KEY,
    content    BYTEA                       NOT NULL,
    size_bytes BIGINT                      NOT NULL,
    -- When the bytes now held were written; the database's clock, as the port carries no time.
    -- Lets an operator tell old orphans from uploads still in flight.
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT blobs_size_not_negative CHECK (size_bytes >= 0)
);

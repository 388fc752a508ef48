-- A file a person attached to a message they wrote directly (seed 001's message "file"); NULL when
-- none. Deleting the file leaves the message without one. Same text for H2 2.x and PostgreSQL.
ALTER TABLE messages ADD COLUMN file_id BIGINT;
ALTER TABLE messages ADD CONSTRAINT messages_file_fk FOREIGN KEY (file_id) REFERENCES files (id) ON DELETE SET NULL;
CREATE INDEX messages_file_idx ON messages (file_id);

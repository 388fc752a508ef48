package dev.parley.core.domain.file;

/** Value: an uploaded file's identity, assigned by the store. */
public record FileId(long value) {

    public FileId {
        if (value <= 0) {
            throw new IllegalArgumentException("file ids are positive: " + value);
        }
    }
}

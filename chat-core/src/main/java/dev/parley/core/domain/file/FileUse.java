package dev.parley.core.domain.file;

import java.util.Objects;

/** Value: a conversation's file as a reply used it: which file, and whether its text was cut to fit. */
public record FileUse(FileId id, String filename, boolean truncated) {

    public FileUse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filename, "filename");
    }
}

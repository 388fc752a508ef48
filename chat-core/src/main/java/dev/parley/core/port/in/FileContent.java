package dev.parley.core.port.in;

import dev.parley.core.domain.file.StoredFile;
import java.io.InputStream;
import java.util.Objects;

/** Result: a file's record and its bytes, which the caller must close. */
public record FileContent(StoredFile file, InputStream bytes) {

    public FileContent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
    }
}

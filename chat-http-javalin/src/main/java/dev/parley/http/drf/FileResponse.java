package dev.parley.http.drf;

import dev.parley.core.domain.file.StoredFile;
import java.time.Instant;

/**
 * Response: one file, {@code {"id", "name", "content_type", "url", "size", "user", "created_at"}}; {@code url}
 * is the absolute URL of its bytes ({@link FileLinks}), {@code content_type} the type told from those bytes.
 */
record FileResponse(long id, String name, String contentType, String url, long size, long user, Instant createdAt) {

    static FileResponse of(StoredFile file, String url) {
        return new FileResponse(file.id().value(), file.filename(), file.mediaType(), url, file.size(),
                file.owner().value(), file.createdAt());
    }
}

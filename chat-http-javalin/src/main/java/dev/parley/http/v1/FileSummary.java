package dev.parley.http.v1;

import dev.parley.core.domain.file.StoredFile;
import java.time.Instant;

/** Response element: a file in a listing, as {@link FileResponse} without its text, which may be long. */
record FileSummary(
        long id,
        String filename,
        long fileSize,
        String mimeType,
        String kind,
        FileResponse.Metadata metadata,
        Long sessionId,
        String description,
        Instant createdAt,
        Instant updatedAt) {

    static FileSummary of(StoredFile file) {
        return new FileSummary(file.id().value(), file.filename(), file.size(), file.mediaType(), FileResponse.kind(file),
                new FileResponse.Metadata(file.pageCount()),
                file.conversation() == null ? null : file.conversation().value(), file.description(), file.createdAt(),
                file.updatedAt());
    }
}

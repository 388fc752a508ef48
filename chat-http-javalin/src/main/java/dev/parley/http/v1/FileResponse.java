package dev.parley.http.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.core.domain.file.StoredFile;
import java.time.Instant;
import java.util.Locale;

/**
 * Response: an uploaded file. {@code kind} ({@code pdf}, {@code text}, {@code markdown}, {@code image}) and
 * {@code mime_type} were told from its bytes; {@code extracted_text} is what the model is given (null for an
 * image); {@code metadata} has the {@code page_count} of a PDF; {@code session_id} is null for a file
 * uploaded on its own.
 */
record FileResponse(
        long id,
        String filename,
        long fileSize,
        String mimeType,
        String kind,
        String extractedText,
        Metadata metadata,
        Long sessionId,
        String description,
        Instant createdAt,
        Instant updatedAt) {

    /** Response element: what else is known of a file; empty for a file without pages. */
    record Metadata(@JsonInclude(JsonInclude.Include.NON_NULL) Integer pageCount) {
    }

    static FileResponse of(StoredFile file) {
        return new FileResponse(file.id().value(), file.filename(), file.size(), file.mediaType(), kind(file),
                file.extractedText(), new Metadata(file.pageCount()),
                file.conversation() == null ? null : file.conversation().value(), file.description(), file.createdAt(),
                file.updatedAt());
    }

    static String kind(StoredFile file) {
        return file.kind().name().toLowerCase(Locale.ROOT);
    }
}

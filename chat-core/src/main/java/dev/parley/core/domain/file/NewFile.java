package dev.parley.core.domain.file;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** Value: a file about to be stored; the store assigns its id. Fields as in {@link StoredFile}. */
public record NewFile(
        UserId owner,
        ConversationId conversation,
        String filename,
        String mediaType,
        long size,
        FileKind kind,
        String extractedText,
        Integer pageCount,
        String blobKey,
        Instant createdAt) {

    public NewFile {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

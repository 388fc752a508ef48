package dev.parley.core.domain.file;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Entity: an uploaded file. {@code filename} is the client's name, for display only (it never
 * becomes part of a path); {@code blobKey} is the server-chosen name of its bytes in the
 * {@code BlobStore}. {@code conversation} is null for a file uploaded on its own; {@code extractedText}
 * is null for an image; {@code pageCount} is set for a PDF only; {@code description} is the user's.
 */
public record StoredFile(
        FileId id,
        UserId owner,
        ConversationId conversation,
        String filename,
        String mediaType,
        long size,
        FileKind kind,
        String extractedText,
        Integer pageCount,
        String description,
        String blobKey,
        Instant createdAt,
        Instant updatedAt) {

    public StoredFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean isOwnedBy(UserId user) {
        return owner.equals(user);
    }

    public StoredFile withDetails(String newFilename, String newDescription, Instant at) {
        return new StoredFile(id, owner, conversation, newFilename, mediaType, size, kind, extractedText, pageCount,
                newDescription, blobKey, createdAt, at);
    }
}

package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.user.UserId;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Command: store a file a user uploads, into a conversation ({@code conversation}) or on its own
 * (null). {@code filename} is the client's, for display; {@code content} is read (and not closed)
 * only up to the server's size limit; {@code accepted} are the kinds this route takes.
 */
public record UploadFileCommand(UserId user, ConversationId conversation, String filename, InputStream content,
        Set<FileKind> accepted) {

    public UploadFileCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(content, "content");
        accepted = accepted == null || accepted.isEmpty() ? EnumSet.allOf(FileKind.class) : EnumSet.copyOf(accepted);
    }
}

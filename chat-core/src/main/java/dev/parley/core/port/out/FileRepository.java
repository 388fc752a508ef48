package dev.parley.core.port.out;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.NewFile;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: uploaded files' records (their bytes live in the {@link BlobStore}). Every lookup by
 * id is scoped to an owner. Deleting a conversation deletes its files' records, deleting a user
 * deletes theirs. Thread-safe; joins the caller's transaction when one is open. No method accepts or
 * returns null.
 */
public interface FileRepository {

    StoredFile create(NewFile file);

    Optional<StoredFile> findOwned(UserId owner, FileId id);

    /** An owner's files matching {@code query}, newest first (then highest id), with the total. */
    Page<StoredFile> list(UserId owner, FileQuery query);

    /** A conversation's files, oldest first; the caller has checked the conversation's owner. */
    List<StoredFile> listByConversation(ConversationId conversation);

    /** Every file an owner has, for deleting their blobs with the account. */
    List<StoredFile> listByOwner(UserId owner);

    /** Saves a file's filename, description and update time; empty when the owner has no such file. */
    Optional<StoredFile> update(StoredFile file);

    boolean deleteOwned(UserId owner, FileId id);
}

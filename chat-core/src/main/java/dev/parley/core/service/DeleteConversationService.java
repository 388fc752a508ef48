package dev.parley.core.service;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.DeleteConversationUseCase;
import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.Transactions;

/** Use case service: deletes an owned conversation with its messages and files, then the files' bytes. */
public final class DeleteConversationService implements DeleteConversationUseCase {

    private final ConversationRepository conversations;
    private final Transactions transactions;
    private final dev.parley.core.port.out.FileRepository files;
    private final dev.parley.core.port.out.BlobStore blobs;

    public DeleteConversationService(ConversationRepository conversations, Transactions transactions,
            dev.parley.core.port.out.FileRepository files, dev.parley.core.port.out.BlobStore blobs) {
        this.conversations = conversations;
        this.transactions = transactions;
        this.files = files;
        this.blobs = blobs;
    }

    @Override
    public void delete(ConversationCommand command) {
        java.util.List<String> keys = transactions.inTransaction(() -> {
            new ConversationLookup(conversations).lockedOwned(command.user(), command.conversation());
            java.util.List<String> owned = files.listByConversation(command.conversation()).stream()
                    .map(dev.parley.core.domain.file.StoredFile::blobKey).toList();
            if (!conversations.deleteOwned(command.user(), command.conversation())) {
                throw new NotFoundException(ConversationLookup.RESOURCE);
            }
            return owned;
        });
        // Bytes go only once their records are gone for good; a failure here leaves an unreachable blob.
        keys.forEach(blobs::delete);
    }
}

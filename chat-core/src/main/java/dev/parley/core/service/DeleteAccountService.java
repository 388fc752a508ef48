package dev.parley.core.service;

import dev.parley.core.port.in.DeleteAccountUseCase;
import dev.parley.core.port.in.UserCommand;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;

/** Use case service: deletes the caller's account and everything it owns, which also ends its credentials. */
public final class DeleteAccountService implements DeleteAccountUseCase {

    private final UserRepository users;
    private final Transactions transactions;
    private final dev.parley.core.port.out.FileRepository files;
    private final dev.parley.core.port.out.BlobStore blobs;

    public DeleteAccountService(UserRepository users, Transactions transactions,
            dev.parley.core.port.out.FileRepository files, dev.parley.core.port.out.BlobStore blobs) {
        this.users = users;
        this.transactions = transactions;
        this.files = files;
        this.blobs = blobs;
    }

    @Override
    public void deleteAccount(UserCommand command) {
        java.util.List<String> keys = transactions.inTransaction(() -> {
            java.util.List<String> owned = files.listByOwner(command.user()).stream()
                    .map(dev.parley.core.domain.file.StoredFile::blobKey).toList();
            users.delete(command.user());
            return owned;
        });
        keys.forEach(blobs::delete);
    }
}

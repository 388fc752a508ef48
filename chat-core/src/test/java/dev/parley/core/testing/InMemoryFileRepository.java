package dev.parley.core.testing;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.NewFile;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.FileRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Fake {@link FileRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryFileRepository implements FileRepository {

    private final InMemoryDatabase database;

    public InMemoryFileRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public StoredFile create(NewFile f) {
        return database.operate(state -> {
            if (!state.users.containsKey(f.owner().value())
                    || f.conversation() != null && !state.conversations.containsKey(f.conversation().value())) {
                throw new NotFoundException(f.conversation() == null ? "User" : "Chat session");
            }
            StoredFile file = new StoredFile(new FileId(++state.lastFileId), f.owner(), f.conversation(), f.filename(),
                    f.mediaType(), f.size(), f.kind(), f.extractedText(), f.pageCount(), null, f.blobKey(),
                    f.createdAt(), f.createdAt());
            state.files.put(file.id().value(), file);
            return file;
        });
    }

    @Override
    public Optional<StoredFile> findOwned(UserId owner, FileId id) {
        return database.operate(state -> Optional.ofNullable(state.files.get(id.value())).filter(f -> f.isOwnedBy(owner)));
    }

    @Override
    public Page<StoredFile> list(UserId owner, FileQuery query) {
        return database.operate(state -> {
            List<StoredFile> matching = state.files.values().stream()
                    .filter(f -> f.isOwnedBy(owner))
                    .filter(f -> query.conversation().map(c -> c.equals(f.conversation())).orElse(true))
                    .sorted(Comparator.comparing(StoredFile::createdAt, Comparator.reverseOrder())
                            .thenComparing(f -> f.id().value(), Comparator.reverseOrder()))
                    .toList();
            return new Page<>(matching.stream().skip(query.page().offset()).limit(query.page().pageSize()).toList(),
                    matching.size(), query.page());
        });
    }

    @Override
    public List<StoredFile> listByConversation(ConversationId conversation) {
        return database.operate(state -> state.files.values().stream()
                .filter(f -> conversation.equals(f.conversation()))
                .sorted(Comparator.comparing(StoredFile::createdAt).thenComparing(f -> f.id().value()))
                .toList());
    }

    @Override
    public List<StoredFile> listByOwner(UserId owner) {
        return database.operate(state -> state.files.values().stream().filter(f -> f.isOwnedBy(owner)).toList());
    }

    @Override
    public Optional<StoredFile> update(StoredFile file) {
        return database.operate(state -> Optional.ofNullable(state.files.get(file.id().value()))
                .filter(current -> current.isOwnedBy(file.owner()))
                .map(current -> {
                    StoredFile changed = current.withDetails(file.filename(), file.description(), file.updatedAt());
                    state.files.put(changed.id().value(), changed);
                    return changed;
                }));
    }

    @Override
    public boolean deleteOwned(UserId owner, FileId id) {
        return database.operate(state -> {
            StoredFile file = state.files.get(id.value());
            if (file == null || !file.isOwnedBy(owner)) {
                return false;
            }
            state.files.remove(id.value());
            // As the database's foreign key does: messages that attached the file keep no dangling reference.
            state.messages.values().forEach(list -> list.replaceAll(
                    m -> id.equals(m.file()) ? m.edited(m.content(), null) : m));
            return true;
        });
    }
}

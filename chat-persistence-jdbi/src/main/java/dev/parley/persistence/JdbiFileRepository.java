package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.NewFile;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.FileRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Driven adapter: {@link FileRepository} on the {@code files} table. Every lookup by id names the
 * owner; the foreign keys take a file's record with its conversation or its user. Free text (name,
 * extracted text, description) goes through {@link TextColumns}.
 *
 * <p>Creating a file for a user or conversation that does not exist throws {@link NotFoundException}.
 */
final class JdbiFileRepository implements FileRepository {

    private static final FileRowMapper MAPPER = new FileRowMapper();
    private static final String INSERT = """
            INSERT INTO files (user_id, conversation_id, filename, media_type, size_bytes, kind, extracted_text,
                               page_count, description, blob_key, created_at, updated_at)
            SELECT u.id, %s, :filename, :mediaType, :size, :kind, :text, :pageCount, CAST(NULL AS VARCHAR),
                   :blobKey, :at, :at
            """;

    private final Handles handles;

    JdbiFileRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public StoredFile create(NewFile file) {
        Instant at = TimestampColumns.stored(file.createdAt());
        // Inserting only beside the existing owner (and conversation) turns a missing one into a clear answer.
        String sql = file.conversation() == null
                ? INSERT.formatted("CAST(NULL AS BIGINT)") + "FROM users u WHERE u.id = :owner"
                : INSERT.formatted("c.id") + "FROM users u, conversations c WHERE u.id = :owner AND c.id = :conversation";
        long id = handles.withHandle(handle -> {
            Update insert = handle.createUpdate(sql)
                    .bind("owner", file.owner().value())
                    .bind("filename", TextColumns.stored(file.filename()))
                    .bind("mediaType", file.mediaType())
                    .bind("size", file.size())
                    .bind("kind", file.kind().name())
                    .bind("text", TextColumns.stored(file.extractedText()))
                    .bind("pageCount", file.pageCount())
                    .bind("blobKey", file.blobKey())
                    .bind("at", TimestampColumns.argument(at));
            if (file.conversation() != null) {
                insert.bind("conversation", file.conversation().value());
            }
            return insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).findOne();
        }).orElseThrow(() -> new NotFoundException(file.conversation() == null
                ? JdbiUserRepository.RESOURCE : JdbiConversationRepository.RESOURCE));
        return new StoredFile(new FileId(id), file.owner(), file.conversation(), file.filename(), file.mediaType(),
                file.size(), file.kind(), file.extractedText(), file.pageCount(), null, file.blobKey(), at, at);
    }

    @Override
    public Optional<StoredFile> findOwned(UserId owner, FileId id) {
        return handles.withHandle(handle -> findOwned(handle, owner, id));
    }

    @Override
    public Page<StoredFile> list(UserId owner, FileQuery query) {
        CountedPage page = new CountedPage(FileRowMapper.COLUMNS, "FROM files WHERE user_id = :owner"
                + (query.conversation().isPresent() ? " AND conversation_id = :conversation" : ""),
                "created_at DESC, id DESC");
        return handles.withHandle(handle -> page.read(handle, MAPPER, query.page(), statement -> {
            statement.bind("owner", owner.value());
            query.conversation().ifPresent(conversation -> statement.bind("conversation", conversation.value()));
            return statement;
        }));
    }

    @Override
    public List<StoredFile> listByConversation(ConversationId conversation) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + FileRowMapper.COLUMNS
                        + " FROM files WHERE conversation_id = :conversation ORDER BY created_at, id")
                .bind("conversation", conversation.value())
                .map(MAPPER)
                .list());
    }

    @Override
    public List<StoredFile> listByOwner(UserId owner) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + FileRowMapper.COLUMNS + " FROM files WHERE user_id = :owner ORDER BY id")
                .bind("owner", owner.value())
                .map(MAPPER)
                .list());
    }

    @Override
    public Optional<StoredFile> update(StoredFile file) {
        return handles.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE files SET filename = :filename, description = :description, updated_at = :at
                            WHERE id = :id AND user_id = :owner""")
                    .bind("filename", TextColumns.stored(file.filename()))
                    .bind("description", TextColumns.stored(file.description()))
                    .bind("at", TimestampColumns.argument(file.updatedAt()))
                    .bind("id", file.id().value())
                    .bind("owner", file.owner().value())
                    .execute();
            return changed == 0 ? Optional.<StoredFile>empty() : findOwned(handle, file.owner(), file.id());
        });
    }

    @Override
    public boolean deleteOwned(UserId owner, FileId id) {
        return handles.withHandle(handle -> handle
                .createUpdate("DELETE FROM files WHERE id = :id AND user_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .execute()) > 0;
    }

    private static Optional<StoredFile> findOwned(Handle handle, UserId owner, FileId id) {
        return handle.createQuery("SELECT " + FileRowMapper.COLUMNS + " FROM files WHERE id = :id AND user_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map(MAPPER)
                .findOne();
    }
}

package dev.parley.core.port.in;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.TooLargeException;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.UserId;

/**
 * Incoming port: a user's uploaded files. Another user's file, or a conversation of theirs, is
 * {@link NotFoundException}. An upload over the size limit is {@link TooLargeException} (detected
 * while reading); an empty, unsupported, not-accepted or hostile file is {@link InvalidInputException}
 * on {@code "file"}.
 */
public interface FileLibraryUseCase {

    /** Detects the type from the bytes, extracts a document's text, and stores bytes and record. */
    StoredFile upload(UploadFileCommand command);

    Page<StoredFile> list(UserId user, FileQuery query);

    StoredFile get(FileCommand command);

    StoredFile update(UpdateFileCommand command);

    /** Deletes the record, then the bytes. */
    void delete(FileCommand command);

    FileContent content(FileCommand command);
}

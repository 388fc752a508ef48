package dev.parley.core.service;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.TooLargeException;
import dev.parley.core.domain.file.ExtractedText;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.file.FileNames;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.FileTypes;
import dev.parley.core.domain.file.NewFile;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.FileCommand;
import dev.parley.core.port.in.FileContent;
import dev.parley.core.port.in.FileLibraryUseCase;
import dev.parley.core.port.in.UpdateFileCommand;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.core.port.out.BlobStore;
import dev.parley.core.port.out.FileRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Use case service: uploads and the files' lifecycle. An upload is read up to the size limit and no
 * further, its type told from its bytes, a document's text extracted, then its bytes stored under a
 * server-chosen key and its record committed; if the record cannot be stored, the bytes go again.
 */
public final class FileLibraryService implements FileLibraryUseCase {

    /** The most characters of text kept from one file. */
    static final int MAX_TEXT = 2_000_000;

    private final CoreContext core;
    private final FileRepository files;
    private final BlobStore blobs;
    private final ConversationLookup conversations;
    private final long maxBytes;

    FileLibraryService(CoreContext core, long maxBytes) {
        this.core = core;
        this.files = core.ports().files();
        this.blobs = core.ports().blobs();
        this.conversations = new ConversationLookup(core.conversations());
        this.maxBytes = maxBytes;
    }

    @Override
    public StoredFile upload(UploadFileCommand command) {
        if (command.conversation() != null) {
            conversations.owned(command.user(), command.conversation());
        }
        byte[] bytes = readAtMost(command.content(), maxBytes);
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "the file is empty");
        }
        FileTypes.Detected type = FileTypes.detect(bytes).orElseThrow(() -> new InvalidInputException("file",
                "unsupported file type: PDF, plain text, Markdown, PNG, JPEG, WebP and GIF files are accepted"));
        if (!command.accepted().contains(type.kind())) {
            throw new InvalidInputException("file", "Only " + command.accepted().stream()
                    .map(kind -> kind == FileKind.PDF ? "PDF" : kind.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + " files are supported");
        }
        ExtractedText text = switch (type.kind()) {
            case PDF -> core.ports().textExtractor().extractPdf(bytes);
            case TEXT, MARKDOWN -> new ExtractedText(FileTypes.text(bytes).orElseThrow(), null);
            case IMAGE -> null;
        };
        if (text != null && text.text().length() > MAX_TEXT) {
            throw new InvalidInputException("file", "the file holds more than " + MAX_TEXT + " characters of text");
        }
        String key = core.ids().newUuid().toString();
        blobs.write(key, bytes);
        try {
            return core.transactions().inTransaction(() -> {
                if (command.conversation() != null) {
                    conversations.lockedOwned(command.user(), command.conversation());
                }
                return files.create(new NewFile(command.user(), command.conversation(),
                        FileNames.displayed(command.filename()), type.mediaType(), bytes.length, type.kind(),
                        text == null ? null : text.text(), text == null ? null : text.pageCount(), key,
                        Timestamps.now(core.clock())));
            });
        } catch (RuntimeException failure) {
            blobs.delete(key);
            throw failure;
        }
    }

    @Override
    public Page<StoredFile> list(UserId user, FileQuery query) {
        query.conversation().ifPresent(id -> conversations.owned(user, id));
        return files.list(user, query);
    }

    @Override
    public StoredFile get(FileCommand command) {
        return files.findOwned(command.user(), command.file()).orElseThrow(() -> new NotFoundException("File"));
    }

    @Override
    public StoredFile update(UpdateFileCommand command) {
        String filename = command.filename().map(FileNames::displayed).orElse(null);
        String description = command.description().orElse(null);
        if (description != null && description.length() > 2_000) {
            throw new InvalidInputException("description", "description may hold at most 2000 characters");
        }
        return core.transactions().inTransaction(() -> {
            StoredFile current = get(new FileCommand(command.user(), command.file()));
            StoredFile changed = current.withDetails(filename != null ? filename : current.filename(),
                    command.description().isPresent() ? description : current.description(),
                    Timestamps.now(core.clock()));
            return files.update(changed).orElseThrow(() -> new NotFoundException("File"));
        });
    }

    @Override
    public void delete(FileCommand command) {
        String key = core.transactions().inTransaction(() -> {
            StoredFile file = get(command);
            files.deleteOwned(command.user(), command.file());
            return file.blobKey();
        });
        blobs.delete(key);
    }

    @Override
    public FileContent content(FileCommand command) {
        StoredFile file = get(command);
        return new FileContent(file, blobs.read(file.blobKey()));
    }

    /** Reads the whole stream, failing as soon as it holds more than {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw new TooLargeException(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
        return out.toByteArray();
    }
}

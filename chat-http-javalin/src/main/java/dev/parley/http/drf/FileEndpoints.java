package dev.parley.http.drf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.FileCommand;
import dev.parley.core.port.in.FileLibraryUseCase;
import dev.parley.core.port.in.UpdateFileCommand;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.FileDownload;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RouteClass;
import dev.parley.http.support.UploadForm;
import dev.parley.http.support.Uploads;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP adapter, seed 001: {@code /api/file/}, a ModelViewSet over the caller's files. An upload is a
 * multipart form with the file in {@code file} (and optionally its display {@code name}); its type is told
 * from its bytes, so {@code content_type} cannot be changed later and {@code url} (where the bytes are,
 * {@code /api/file/{id}/download/}) is the server's; an update renames.
 */
final class FileEndpoints {

    static final String TYPE_FIXED = "The type of a file is decided by its bytes and cannot be changed.";
    private static final String FILE = "/api/file/{file_id}/";

    private final FileLibraryUseCase files;
    private final Credentials credentials;
    private final ObjectMapper mapper;
    private final Uploads uploads;
    private final FileLinks links;

    FileEndpoints(FileLibraryUseCase files, Credentials credentials, ObjectMapper mapper, Uploads uploads,
            FileLinks links) {
        this.files = files;
        this.credentials = credentials;
        this.mapper = mapper;
        this.uploads = uploads;
        this.links = links;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, "/api/file/", this::list);
        routes.addUpload(Access.USER, RouteClass.SESSIONS, HandlerType.POST, "/api/file/", this::create);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, FILE, this::retrieve);
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PUT, FILE, ctx -> update(ctx, false));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.PATCH, FILE, ctx -> update(ctx, true));
        routes.add(Access.USER, RouteClass.SESSIONS, HandlerType.DELETE, FILE, this::destroy);
        routes.add(Access.USER, RouteClass.MESSAGES, HandlerType.GET, FILE + "download/", this::download);
    }

    private void list(Context ctx) {
        User user = credentials.require(ctx);
        List<FileResponse> listed = new ArrayList<>();
        Page<StoredFile> page;
        int number = 1;
        do {
            page = files.list(user.id(), new FileQuery(Optional.empty(), new PageRequest(number++,
                    PageRequest.MAX_PAGE_SIZE)));
            page.items().forEach(file -> listed.add(response(ctx, file)));
        } while (!page.items().isEmpty() && listed.size() < page.total());
        listed.sort(Comparator.comparingLong(FileResponse::id));
        ctx.json(listed);
    }

    private void create(Context ctx) {
        User user = credentials.require(ctx);
        UploadForm form = uploads.read(ctx);
        DrfBody body = DrfBody.of(form, "name");
        String name = body.has("name") ? body.string("name", false) : null;
        UploadForm.FilePart file = filePart(form, body);
        body.throwIfInvalid();
        String filename = name != null ? name : file.filename() == null ? "upload" : file.filename();
        try (InputStream content = file.content()) {
            StoredFile stored = files.upload(new UploadFileCommand(user.id(), null, filename, content, null));
            ctx.status(201).json(response(ctx, stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploaded file, or null with DRF's FileField error recorded. */
    private static UploadForm.FilePart filePart(UploadForm form, DrfBody body) {
        try {
            return form.requiredFile("file");
        } catch (HttpProblem missing) {
            body.reject("file", form.field("file").isPresent()
                    ? "The submitted data was not a file. Check the encoding type on the form."
                    : "No file was submitted.");
            return null;
        }
    }

    private void retrieve(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(response(ctx, files.get(new FileCommand(user.id(), fileId(ctx)))));
    }

    private void update(Context ctx, boolean partial) {
        User user = credentials.require(ctx);
        StoredFile file = files.get(new FileCommand(user.id(), fileId(ctx)));
        DrfBody body = DrfBody.read(ctx, mapper);
        String name = body.string("name", !partial);
        if (body.has("content_type")) {
            String type = body.string("content_type", false);
            if (type != null && !type.strip().toLowerCase(Locale.ROOT).equals(file.mediaType().toLowerCase(Locale.ROOT))) {
                body.reject("content_type", TYPE_FIXED);
            }
        }
        // "url" is read-only, as DRF ignores a read-only field that a request names.
        body.throwIfInvalid();
        if (name != null) {
            file = files.update(new UpdateFileCommand(user.id(), file.id(), Optional.of(name), Optional.empty()));
        }
        ctx.json(response(ctx, file));
    }

    private void destroy(Context ctx) {
        User user = credentials.require(ctx);
        files.delete(new FileCommand(user.id(), fileId(ctx)));
        ctx.status(204);
    }

    private void download(Context ctx) {
        User user = credentials.require(ctx);
        FileDownload.send(ctx, files.content(new FileCommand(user.id(), fileId(ctx))));
    }

    private FileResponse response(Context ctx, StoredFile file) {
        return FileResponse.of(file, links.downloadUrl(ctx, file.id()));
    }

    private static FileId fileId(Context ctx) {
        return new FileId(OwnKeys.pathId(ctx, "file_id"));
    }
}

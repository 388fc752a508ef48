package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.FileCommand;
import dev.parley.core.port.in.FileLibraryUseCase;
import dev.parley.core.port.in.UpdateFileCommand;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.FileDownload;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RequestParams;
import dev.parley.http.support.RouteClass;
import dev.parley.http.support.UploadForm;
import dev.parley.http.support.Uploads;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HTTP adapter, /v1 dialect: a user's files. Upload one (multipart field {@code file}; PDF, text, Markdown
 * or an image, told from its bytes) into a session, whose replies then use it, or on its own; list, read,
 * rename or describe, delete, and download them ({@link FileDownload}). Another user's file or session
 * answers 404 like a missing one.
 */
public final class FileEndpoints {

    private static final String FILE = "/v1/files/{file_id}";
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final FileLibraryUseCase files;
    private final Credentials credentials;
    private final ObjectMapper mapper;
    private final Uploads uploads;

    public FileEndpoints(FileLibraryUseCase files, Credentials credentials, ObjectMapper mapper, Uploads uploads) {
        this.files = files;
        this.credentials = credentials;
        this.mapper = mapper;
        this.uploads = uploads;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Uploads.route(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.POST,
                "/v1/chat/sessions/{session_id}/files", this::uploadToSession)));
        routes.addEndpoint(Uploads.route(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.POST, "/v1/files",
                this::upload)));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.MESSAGES, HandlerType.GET, "/v1/files", this::list));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.MESSAGES, HandlerType.GET, FILE, this::read));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.PATCH, FILE, this::update));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.DELETE, FILE, this::delete));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.MESSAGES, HandlerType.GET, FILE + "/content",
                this::download));
    }

    private void uploadToSession(Context ctx) {
        User user = credentials.require(ctx);
        ConversationId session = new ConversationId(RequestParams.positiveId(ctx, "session_id"));
        // Before reading the body: another user's session is refused without taking their upload in.
        files.list(user.id(), new FileQuery(Optional.of(session), new PageRequest(1, 1)));
        store(ctx, user, session, uploads.read(ctx));
    }

    private void upload(Context ctx) {
        User user = credentials.require(ctx);
        UploadForm form = uploads.read(ctx);
        ConversationId session = form.field("session_id").map(FileEndpoints::sessionField).orElse(null);
        store(ctx, user, session, form);
    }

    private void store(Context ctx, User user, ConversationId session, UploadForm form) {
        UploadForm.FilePart file = form.requiredFile("file");
        try (InputStream content = file.content()) {
            ctx.status(201).json(FileResponse.of(files.upload(
                    new UploadFileCommand(user.id(), session, file.filename(), content, null))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConversationId sessionField(String raw) {
        try {
            return Sessions.id(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid(new FieldError(List.of("body", "session_id"),
                    "Input should be a valid integer, unable to parse string as an integer", "int_parsing"));
        }
    }

    private void list(Context ctx) {
        User user = credentials.require(ctx);
        List<FieldError> errors = new ArrayList<>();
        Optional<Long> session = RequestParams.queryLong(ctx, "session_id", errors);
        int page = RequestParams.queryInt(ctx, "page", 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = RequestParams.queryInt(ctx, "page_size", DEFAULT_PAGE_SIZE, 1, PageRequest.MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
        FileQuery query = new FileQuery(session.map(Sessions::id), new PageRequest(page, pageSize));
        ctx.json(FileListResponse.of(files.list(user.id(), query)));
    }

    private void read(Context ctx) {
        User user = credentials.require(ctx);
        ctx.json(FileResponse.of(files.get(new FileCommand(user.id(), fileId(ctx)))));
    }

    private void update(Context ctx) {
        User user = credentials.require(ctx);
        FileId id = fileId(ctx);
        BodyFields body = BodyFields.json(ctx, mapper);
        Optional<String> filename = Optional.ofNullable(body.optionalString("filename"));
        Optional<String> description = Optional.ofNullable(body.optionalString("description"));
        body.throwIfInvalid();
        ctx.json(FileResponse.of(files.update(new UpdateFileCommand(user.id(), id, filename, description))));
    }

    private void delete(Context ctx) {
        User user = credentials.require(ctx);
        files.delete(new FileCommand(user.id(), fileId(ctx)));
        ctx.json(new StatusResponse("File deleted successfully"));
    }

    private void download(Context ctx) {
        User user = credentials.require(ctx);
        FileDownload.send(ctx, files.content(new FileCommand(user.id(), fileId(ctx))));
    }

    private static FileId fileId(Context ctx) {
        return new FileId(RequestParams.positiveId(ctx, "file_id"));
    }
}

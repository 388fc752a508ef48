package dev.parley.http.stream;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.FileLibraryUseCase;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.Credentials;
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
import java.util.EnumSet;
import java.util.Optional;

/**
 * HTTP adapter, seed 002's dialect: {@code POST /api/chat/sessions/{session_id}/upload}, a PDF (told from its
 * bytes, whatever its name or declared type) in the multipart field {@code file}, whose text becomes
 * context of the session. 200 with the file; 400 "Only PDF files are supported" for anything else, and 400
 * with the reason for an empty or unreadable PDF; 413 past the upload limit; 422 without a file.
 */
public final class UploadEndpoints {

    static final String ONLY_PDF = "Only PDF files are supported";

    private final FileLibraryUseCase files;
    private final Credentials credentials;
    private final Uploads uploads;

    public UploadEndpoints(FileLibraryUseCase files, Credentials credentials, Uploads uploads) {
        this.files = files;
        this.credentials = credentials;
        this.uploads = uploads;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Uploads.route(Access.USER.endpoint(RouteClass.SESSIONS, HandlerType.POST,
                "/api/chat/sessions/{session_id}/upload", this::upload)));
    }

    private void upload(Context ctx) {
        User user = credentials.require(ctx);
        ConversationId session = new ConversationId(RequestParams.positiveId(ctx, "session_id"));
        // Before reading the body: another user's session is refused without taking their upload in.
        files.list(user.id(), new FileQuery(Optional.of(session), new PageRequest(1, 1)));
        UploadForm.FilePart file = uploads.read(ctx).requiredFile("file");
        StoredFile stored;
        try (InputStream content = file.content()) {
            stored = files.upload(new UploadFileCommand(user.id(), session, file.filename(), content,
                    EnumSet.of(FileKind.PDF)));
        } catch (InvalidInputException e) {
            throw "file".equals(e.field()) ? HttpProblem.of(400, reason(e)) : e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.json(new UploadResponse(UploadResponse.PdfFile.of(stored), "File uploaded successfully"));
    }

    /** 002 names only one refusal; an empty or damaged PDF keeps the core's own words. */
    private static String reason(InvalidInputException e) {
        String message = e.getMessage();
        return message.equals(ONLY_PDF) || message.startsWith("unsupported file type") ? ONLY_PDF : message;
    }
}

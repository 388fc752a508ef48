package dev.parley.http.support;

import dev.parley.core.domain.error.TooLargeException;
import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import java.util.Map;

/**
 * HTTP support: the routes that take a file upload (a {@code multipart/form-data} body) and the limits on
 * them. An upload route ({@link #route}) accepts a body as large as the upload limit plus
 * {@link #FORM_OVERHEAD} for the form's framing and small fields, where every other route is held to the
 * request body limit. The multipart parser stops reading as soon as one part passes the upload limit or the
 * body passes its own, so an upload without a declared length is cut off there too; both are answered 413,
 * as the core answers a file over its limit ({@link TooLargeException}).
 */
public final class Uploads {

    /** Room for the multipart framing and the form's small fields, beyond the file itself. */
    public static final long FORM_OVERHEAD = 64 * 1024;
    /** FastAPI's answer to a multipart body it cannot parse. */
    public static final String UNPARSABLE = "There was an error parsing the body";

    // Larger parts are spooled to a temporary file, which the server deletes when the request ends.
    private static final int IN_MEMORY_BYTES = 1024 * 1024;

    /** Endpoint metadata: the route reads an upload. */
    private enum UploadRoute implements EndpointMetadata {
        INSTANCE
    }

    private final long maxFileBytes;

    /** Uploads of at most {@code maxFileBytes}, the same limit the core is given. */
    public Uploads(long maxFileBytes) {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    /** {@code endpoint}, marked as reading an upload, so that its body may be as large as one. */
    public static Endpoint route(Endpoint endpoint) {
        return endpoint.withMetadata(UploadRoute.INSTANCE);
    }

    /** The largest body {@code endpoint} accepts: an upload's for an upload route, {@code otherwise} for others. */
    public long maxBody(Endpoint endpoint, long otherwise) {
        return endpoint != null && endpoint.metadata(UploadRoute.class) != null
                ? maxFileBytes + FORM_OVERHEAD
                : otherwise;
    }

    /** Sets the multipart parser's limits, which it enforces while it reads. */
    public void configure(MultipartConfig config) {
        config.maxFileSize(maxFileBytes, SizeUnit.BYTES);
        config.maxTotalRequestSize(maxFileBytes + FORM_OVERHEAD, SizeUnit.BYTES);
        config.maxInMemoryFileSize((int) Math.min(IN_MEMORY_BYTES, maxFileBytes + 1), SizeUnit.BYTES);
    }

    /**
     * The request's form; a body that is not {@code multipart/form-data} reads as a form without fields.
     *
     * @throws TooLargeException when a part is larger than the upload limit, or the body than its own
     * @throws HttpProblem 400 when the body is not well-formed multipart
     */
    public UploadForm read(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return new UploadForm(Map.of(), Map.of());
        }
        try {
            return UnreadBodies.read(ctx, () -> new UploadForm(ctx.uploadedFileMap(), ctx.formParamMap()));
        } catch (Exception e) {
            throw failure(e);
        }
    }

    /** Why the parser gave up: Jetty tells a limit reached only by its exception's message. */
    private RuntimeException failure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IllegalStateException && message != null && (message.startsWith("max file size")
                    || message.startsWith("max length") || message.startsWith("max memory file size"))) {
                return new TooLargeException(maxFileBytes);
            }
        }
        return HttpProblem.of(400, UNPARSABLE);
    }
}

package dev.parley.http.support;

import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.port.in.FileContent;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * HTTP support: a file's bytes as a download, for every dialect that serves one: its stored type (told from its bytes at upload), its length, and always as
 * an attachment, so a browser saves it rather than rendering it in the server's origin; a sandbox policy
 * disarms it should one render it anyway. The bytes go straight to the response, never through
 * compression, so that the declared length holds.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static void send(Context ctx, FileContent content) {
        StoredFile file = content.file();
        HttpServletResponse response = ctx.res();
        response.setStatus(200);
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.filename()));
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-cache");
        try (InputStream in = content.bytes()) {
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

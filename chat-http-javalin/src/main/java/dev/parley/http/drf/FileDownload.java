package dev.parley.http.drf;

import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.port.in.FileContent;
import dev.parley.http.support.ContentDisposition;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * HTTP adapter, seed 001: a file's bytes at its {@code url}, with the type told from them at upload and
 * always as an attachment under a sandbox policy, so that nothing uploaded runs in this server's origin.
 * Written to the response directly, uncompressed, so that the declared length holds.
 */
final class FileDownload {

    private FileDownload() {
    }

    static void send(Context ctx, FileContent content) {
        StoredFile file = content.file();
        HttpServletResponse response = ctx.res();
        response.setStatus(200);
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.filename()));
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-cache");
        try (InputStream bytes = content.bytes()) {
            bytes.transferTo(response.getOutputStream());
            response.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.parley.http.drf;

import dev.parley.core.domain.file.FileId;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP adapter, seed 001: the absolute download URL a file's JSON gives, and the way back from such a URL
 * (or /v1's {@code /v1/files/{id}/content}) to the file, so that {@code /api/llm/} reads one of the
 * caller's own files from the store instead of fetching this server over the network. URLs are based on
 * the configured public origin when there is one, else on the request's scheme and {@code Host}; a URL is
 * this server's when its host and port are either of those.
 */
final class FileLinks {

    private static final List<Pattern> DOWNLOADS = List.of(
            Pattern.compile("/api/file/(\\d{1,18})/download/?"), Pattern.compile("/v1/files/(\\d{1,18})/content/?"));

    private final Optional<String> publicOrigin;

    FileLinks(Optional<String> publicOrigin) {
        this.publicOrigin = publicOrigin;
    }

    String downloadUrl(Context ctx, FileId id) {
        return publicOrigin.orElseGet(() -> requestOrigin(ctx)) + "/api/file/" + id.value() + "/download/";
    }

    /** The file {@code url} names when it is one of this server's download URLs; empty for any other URL. */
    Optional<FileId> fileAt(Context ctx, URI url) {
        boolean here = publicOrigin.map(origin -> sameAuthority(origin, url)).orElse(false)
                || sameAuthority(requestOrigin(ctx), url);
        if (!here || url.getRawPath() == null) {
            return Optional.empty();
        }
        for (Pattern download : DOWNLOADS) {
            Matcher matcher = download.matcher(url.getRawPath());
            if (matcher.matches() && Long.parseLong(matcher.group(1)) > 0) {
                return Optional.of(new FileId(Long.parseLong(matcher.group(1))));
            }
        }
        return Optional.empty();
    }

    private static String requestOrigin(Context ctx) {
        String host = ctx.host();
        if (host == null || host.isBlank()) {
            host = ctx.req().getServerName() + ":" + ctx.req().getServerPort();
        }
        return ctx.scheme() + "://" + host;
    }

    private static boolean sameAuthority(String originText, URI url) {
        URI origin;
        try {
            origin = new URI(originText);
        } catch (URISyntaxException hostNoUriCanHold) {
            return false;
        }
        return origin.getHost() != null && url.getHost() != null
                && origin.getHost().toLowerCase(Locale.ROOT).equals(url.getHost().toLowerCase(Locale.ROOT))
                && port(origin) == port(url);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}

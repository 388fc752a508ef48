package dev.parley.llm.web;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.llm.ollama.RemoteImages;
import java.net.URI;
import java.util.Base64;

/**
 * Outgoing adapter: fetches the images a user gave as http(s) URLs for providers that take image
 * bytes only (Ollama), through the {@link SafeFetcher} (public addresses, size and time caps). The
 * bytes must be a PNG, JPEG, WebP or GIF by their own signature, whatever the server calls them.
 * Every failure is the user's to fix, so each is an {@link InvalidInputException} on {@code "images"}.
 */
public final class FetchedImages implements RemoteImages {

    private final SafeFetcher fetcher;

    public FetchedImages(SafeFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public String base64Of(String url) {
        FetchedPage page;
        try {
            page = fetcher.fetch(URI.create(url), new CancellationSignal());
        } catch (InvalidInputException refused) {
            throw new InvalidInputException("images", "the image at " + url + " cannot be fetched: "
                    + refused.getMessage());
        } catch (ProviderException failed) {
            throw new InvalidInputException("images", "the image at " + url + " could not be fetched: "
                    + failed.getMessage());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidInputException("images", "the image URL " + url + " is malformed");
        }
        byte[] bytes = page.body();
        if (ImageSignatures.mediaTypeOf(bytes) == null) {
            throw new InvalidInputException("images", "the file at " + url + " is not a PNG, JPEG, WebP or GIF image");
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}

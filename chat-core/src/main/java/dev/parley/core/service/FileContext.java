package dev.parley.core.service;

import dev.parley.core.domain.file.FileUse;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.TokenCounter;
import java.util.ArrayList;
import java.util.List;

/**
 * Domain rule: how a conversation's files reach the model. Their text goes in one system message,
 * each file headed by its name, cut to a token budget shared equally between the files (a cut file
 * says so); their images go with the newest user turn, for a model that can see.
 */
final class FileContext {

    /** Without a known context window, the most characters of one file's text a prompt carries. */
    static final int UNBOUNDED_FILE_CHARS = 100_000;

    static final FileContext NONE = new FileContext(List.of(), List.of(), List.of());

    private final List<StoredFile> documents;
    private final List<StoredFile> pictures;
    private final List<ImageInput> images;

    /** {@code images} are {@code pictures}' bytes as data URLs, in the same order (empty when nobody can see). */
    FileContext(List<StoredFile> documents, List<StoredFile> pictures, List<ImageInput> images) {
        this.documents = List.copyOf(documents);
        this.pictures = List.copyOf(pictures);
        this.images = List.copyOf(images);
    }

    boolean isEmpty() {
        return documents.isEmpty() && pictures.isEmpty();
    }

    /** What the files add to a prompt given {@code budget} tokens for their text (null: no window known). */
    record Rendered(PromptMessage message, List<ImageInput> images, List<FileUse> uses) {
    }

    Rendered render(TokenCounter counter, Integer budget, boolean vision) {
        List<FileUse> uses = new ArrayList<>();
        StringBuilder text = new StringBuilder(
                "The user attached these files to the conversation; use their content where it helps.\n");
        int share = budget == null || documents.isEmpty() ? -1 : Math.max(0, budget / documents.size());
        for (StoredFile file : documents) {
            String header = "\n### File: " + file.filename()
                    + (file.pageCount() == null ? "" : " (" + file.pageCount() + " pages)") + "\n";
            String body = file.extractedText() == null ? "" : file.extractedText();
            String kept = share < 0 ? cutChars(body, UNBOUNDED_FILE_CHARS) : cutTokens(counter, body, share);
            boolean truncated = kept.length() < body.length();
            text.append(header).append(kept).append(truncated ? "\n[… the rest of this file was left out]\n" : "\n");
            uses.add(new FileUse(file.id(), file.filename(), truncated));
        }
        List<ImageInput> shown = vision ? images : List.of();
        if (vision) {
            pictures.forEach(p -> uses.add(new FileUse(p.id(), p.filename(), false)));
        }
        PromptMessage message = documents.isEmpty() ? null : new PromptMessage(Role.SYSTEM, text.toString());
        return new Rendered(message, shown, uses);
    }

    private static String cutChars(String text, int max) {
        return text.length() <= max ? text : text.substring(0, safeEnd(text, max));
    }

    /** At most {@code tokens} tokens of the text, measured rather than guessed, in a few passes. */
    private static String cutTokens(TokenCounter counter, String text, int tokens) {
        if (tokens == 0) {
            return "";
        }
        String kept = cutChars(text, (int) Math.min(text.length(), tokens * 6L));
        for (int pass = 0; pass < 6; pass++) {
            int count = counter.countText(kept);
            if (count <= tokens) {
                return kept;
            }
            kept = cutChars(kept, (int) (kept.length() * (tokens / (double) count) * 0.95));
        }
        return "";
    }

    private static int safeEnd(String text, int end) {
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}

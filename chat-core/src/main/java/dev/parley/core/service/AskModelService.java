package dev.parley.core.service;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.search.PageText;
import dev.parley.core.port.in.AskCommand;
import dev.parley.core.port.in.AskModelUseCase;
import dev.parley.core.port.in.ModelAnswer;
import dev.parley.core.port.out.ModelBinding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * Use case service: one question, perhaps about a document. A document's text goes before the question,
 * cut (and said to be cut) when the model's window is known and the text would not leave room for the
 * question and the reply; an image file is shown to a model that can see.
 */
public final class AskModelService implements AskModelUseCase {

    /** Room kept for the framing around the document and the question. */
    private static final int FRAMING_TOKENS = 64;

    private final CoreContext core;
    private final ModelChoice models;
    private final OneShotReply oneShot;

    AskModelService(CoreContext core) {
        this.core = core;
        this.models = new ModelChoice(core.models());
        this.oneShot = new OneShotReply(core);
    }

    /** The document a question is about: its name, and its text or its image. */
    private record Document(String name, String text, ImageInput image) {
    }

    @Override
    public ModelAnswer ask(AskCommand command, CancellationSignal cancellation) {
        String prompt = command.prompt();
        if (prompt == null || prompt.isBlank()) {
            throw new InvalidInputException("prompt", "prompt may not be blank");
        }
        if (prompt.length() > TurnRules.MAX_CONTENT_LENGTH) {
            throw new InvalidInputException("prompt", "a prompt may hold at most " + TurnRules.MAX_CONTENT_LENGTH
                    + " characters");
        }
        ModelBinding model = models.requestedOr(command.model(), null);
        Document document = document(command, model, cancellation);
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        boolean truncated = false;
        PromptMessage question;
        if (document == null) {
            question = new PromptMessage(Role.USER, prompt);
        } else if (document.image() != null) {
            question = new PromptMessage(Role.USER, prompt, List.of(document.image()));
        } else {
            String text = fitted(document.text(), prompt, model.descriptor().profile());
            truncated = text.length() < document.text().length();
            question = new PromptMessage(Role.USER, "The document \"" + document.name() + "\""
                    + (truncated ? " (cut to fit)" : "") + ":\n\n" + text + "\n\n---\n\n" + prompt);
        }
        OneShotReply.Answer answer = oneShot.ask(command.user(), model, List.of(question), cancellation, () -> { });
        return new ModelAnswer(answer.text(), answer.model(), answer.usage(), truncated);
    }

    private Document document(AskCommand command, ModelBinding model, CancellationSignal cancellation) {
        if (command.file() != null) {
            StoredFile file = core.ports().files().findOwned(command.user(), command.file())
                    .orElseThrow(() -> new NotFoundException("File"));
            if (file.kind().hasText()) {
                return new Document(file.filename(), file.extractedText(), null);
            }
            if (!model.descriptor().profile().can(ModelCapability.VISION)) {
                throw new InvalidInputException("file_url", "model " + model.descriptor().name()
                        + " does not accept images (its catalog entry lacks the vision capability)");
            }
            return new Document(file.filename(), null, new ImageInput(dataUrl(file)));
        }
        if (command.url() != null) {
            if (!core.ports().webPages().available()) {
                throw new InvalidInputException("file_url", "reading web pages is not configured on this server");
            }
            PageText page = core.ports().webPages().read(command.url(), cancellation);
            if (page.text().isBlank()) {
                throw new InvalidInputException("file_url", "the page at " + command.url() + " has no readable text");
            }
            return new Document(page.title().isBlank() ? page.url() : page.title(), page.text(), null);
        }
        return null;
    }

    private String dataUrl(StoredFile file) {
        try (InputStream in = core.ports().blobs().read(file.blobKey())) {
            return "data:" + file.mediaType() + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an image file failed", e);
        }
    }

    /** {@code text}, cut so that it, the question and the reply fit the window, when the window is known. */
    private String fitted(String text, String prompt, ModelProfile profile) {
        Integer window = profile.contextWindow();
        if (window == null) {
            return text;
        }
        int reply = profile.defaultMaxTokens() != null ? profile.defaultMaxTokens()
                : Math.min(PromptPlanner.DEFAULT_REPLY_RESERVE, window / 4);
        int budget = window - reply - FRAMING_TOKENS - core.tokenCounter().countText(prompt);
        if (budget <= 0) {
            throw new InvalidInputException("prompt", "the prompt leaves no room in the model's context window");
        }
        int tokens = core.tokenCounter().countText(text);
        if (tokens <= budget) {
            return text;
        }
        // Tokens are not characters; cut in proportion, then shrink until the count fits.
        String cut = text.substring(0, (int) ((long) text.length() * budget / tokens));
        while (!cut.isEmpty() && core.tokenCounter().countText(cut) > budget) {
            cut = cut.substring(0, cut.length() * 9 / 10);
        }
        return cut;
    }
}

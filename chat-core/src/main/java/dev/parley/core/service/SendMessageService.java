package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.conversation.Titles;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptTemplate;
import dev.parley.core.domain.search.PageText;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.SendMessageUseCase;
import dev.parley.core.port.in.Turn;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.TokenSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case service: the send flow. Three steps, and only the first and last touch the database:
 * commit the user's turns, get the reply outside any transaction (searching the web first when
 * asked, and moving to the model's fallbacks when it is unavailable before its first token), then
 * store the reply with the status it ended in, what was asked of the provider, and its usage.
 */
public final class SendMessageService implements SendMessageUseCase {

    /** How many web results a reply is given. */
    static final int WEB_RESULTS = 5;
    /** How much of the top result's page a reply is given, when it reads that page. */
    static final int MAX_PAGE_CHARACTERS = 8_000;

    private final CoreContext core;
    private final ConversationLookup lookup;
    private final ModelChoice models;
    private final PromptPlanner planner;
    private final ReplyRecorder recorder;

    SendMessageService(CoreContext core) {
        this.core = core;
        this.lookup = new ConversationLookup(core.conversations());
        this.models = new ModelChoice(core.models());
        this.planner = new PromptPlanner(core.tokenCounter());
        this.recorder = new ReplyRecorder(core);
    }

    @Override
    public Turn send(SendMessageCommand command, ReplyObserver observer, CancellationSignal cancellation) {
        boolean asItStands = command.turns().isEmpty() && command.prompt() == null && command.conversation() != null;
        List<PromptMessage> turns = asItStands ? List.of() : TurnRules.valid(withPrompt(command));
        if (command.webSearch() && !core.webSearch().available()) {
            throw new InvalidInputException("web_search", "web search is not configured on this server");
        }
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        Accepted accepted = core.transactions().inTransaction(() -> accept(command, turns));
        try {
            observer.accepted(accepted.conversation(), accepted.userMessages());
        } catch (RuntimeException gone) {
            throw new CancelledException(gone);
        }
        List<WebSource> sources = command.webSearch() ? search(accepted, command, observer, cancellation) : List.of();
        return reply(command, accepted, sources, observer, cancellation);
    }

    /** The command's turns, and after them the library prompt it names, rendered with its variables. */
    private List<PromptMessage> withPrompt(SendMessageCommand command) {
        if (command.prompt() == null) {
            return command.turns();
        }
        Prompt prompt = core.ports().prompts().findVisible(command.user(), command.prompt().prompt())
                .orElseThrow(() -> new NotFoundException("Prompt"));
        List<PromptMessage> turns = new ArrayList<>(command.turns());
        turns.add(new PromptMessage(Role.USER, PromptTemplate.parse(prompt.content()).render(command.prompt().variables())));
        return turns;
    }

    private Accepted accept(SendMessageCommand command, List<PromptMessage> turns) {
        Instant now = Timestamps.now(core.clock());
        if (command.prompt() != null) {
            core.ports().prompts().recordUse(command.prompt().prompt());
        }
        ModelBinding model;
        Conversation conversation;
        if (command.conversation() == null) {
            model = models.requestedOr(command.model(), null);
            conversation = core.conversations().create(new NewConversation(core.ids().newUuid(), command.user(),
                    Titles.derivedFrom(TurnRules.firstUserText(turns)), model.descriptor().name(), now));
        } else {
            Conversation current = lookup.lockedOwned(command.user(), command.conversation());
            model = models.requestedOr(command.model(), current.model());
            conversation = core.conversations().update(current.withModel(model.descriptor().name(), now));
        }
        if (turns.stream().anyMatch(PromptMessage::hasImages) && !model.descriptor().profile().can(ModelCapability.VISION)) {
            throw new InvalidInputException("images", "model " + model.descriptor().name()
                    + " does not accept images (its catalog entry lacks the vision capability)");
        }
        List<Message> stored = turns.isEmpty() ? List.of() : core.messages().append(conversation.id(), turns.stream()
                .map(t -> NewMessage.fromUser(t.role(), t.content(), t.images(), now)).toList());
        List<Message> history = core.messages().listByConversation(conversation.id());
        if (history.stream().allMatch(m -> m.content().isBlank())) {
            throw new InvalidInputException("messages", "the conversation has no message to answer");
        }
        // Answering a conversation as it stands, its newest message is the one that must stay in the window.
        List<Message> current = stored.isEmpty() ? List.of(history.getLast()) : stored;
        List<StoredFile> files = core.ports().files().listByConversation(conversation.id());
        Accepted accepted = new Accepted(conversation, model, stored, current, history, files);
        // Refused here, inside the transaction, a turn too long for the model's window is never stored.
        planner.plan(model, null, history, accepted.currentSequences(), List.of(), command.options(),
                withoutImages(files));
        return accepted;
    }

    private List<WebSource> search(Accepted accepted, SendMessageCommand command, ReplyObserver observer,
            CancellationSignal cancellation) {
        PromptPlan unsearched = planner.plan(accepted.model(), null, accepted.history(), accepted.currentSequences(),
                List.of(), command.options(), withoutImages(accepted.files()));
        List<WebSource> sources;
        try {
            sources = core.webSearch().search(accepted.query(), WEB_RESULTS, cancellation);
            if (command.readTopResult()) {
                sources = withTopPageRead(sources, cancellation);
            }
        } catch (RuntimeException e) {
            throw recorder.failed(accepted, unsearched, "", e);
        }
        try {
            observer.sources(sources);
        } catch (RuntimeException gone) {
            cancellation.cancel();
            throw recorder.failed(accepted, unsearched, "", new CancelledException(gone));
        }
        return sources;
    }

    private Turn reply(SendMessageCommand command, Accepted accepted, List<WebSource> sources, ReplyObserver observer,
            CancellationSignal cancellation) {
        StringBuilder received = new StringBuilder();
        TokenSink sink = token -> {
            received.append(token);
            try {
                observer.token(token);
            } catch (RuntimeException gone) {
                cancellation.cancel();
                throw new CancelledException(gone);
            }
        };
        List<ModelBinding> candidates = candidates(accepted.model());
        FileContext files = fileContext(accepted.files(), candidates);
        PromptPlan plan = null;
        RuntimeException unavailable = null;
        for (ModelBinding candidate : candidates) {
            String requested = candidate == accepted.model() ? null : accepted.model().descriptor().name();
            PromptPlan attempt;
            try {
                attempt = planner.plan(candidate, requested, accepted.history(), accepted.currentSequences(),
                        sources, command.options(), files);
            } catch (InvalidInputException tooSmall) {
                if (plan == null && candidate == accepted.model()) {
                    throw recorder.failed(accepted, null, "", tooSmall);
                }
                continue;
            }
            if (plan == null && !attempt.metadata().files().isEmpty()) {
                try {
                    observer.files(attempt.metadata().files());
                } catch (RuntimeException gone) {
                    cancellation.cancel();
                    throw recorder.failed(accepted, attempt, "", new CancelledException(gone));
                }
            }
            plan = attempt;
            try {
                ModelReply reply = command.stream()
                        ? candidate.model().stream(plan.request(), sink, cancellation)
                        : candidate.model().generate(plan.request(), cancellation);
                return recorder.completed(accepted, plan, reply);
            } catch (ProviderException e) {
                if (received.isEmpty() && e.isTransient() && !cancellation.isCancelled()) {
                    unavailable = e;
                    continue;
                }
                throw recorder.failed(accepted, plan, received.toString(), e);
            } catch (RuntimeException e) {
                throw recorder.failed(accepted, plan, received.toString(), e);
            }
        }
        throw recorder.failed(accepted, plan, "", unavailable);
    }

    /**
     * The results with the top one's snippet replaced by its page's text, cut to {@value #MAX_PAGE_CHARACTERS}
     * characters; a page that cannot be read leaves its snippet, since the search itself succeeded.
     */
    private List<WebSource> withTopPageRead(List<WebSource> sources, CancellationSignal cancellation) {
        if (sources.isEmpty() || !core.ports().webPages().available()) {
            return sources;
        }
        WebSource top = sources.getFirst();
        PageText page;
        try {
            page = core.ports().webPages().read(URI.create(top.url()), cancellation);
        } catch (InvalidInputException | ProviderException | IllegalArgumentException unreadable) {
            return sources;
        }
        String text = page.text().strip();
        if (text.isEmpty()) {
            return sources;
        }
        List<WebSource> read = new ArrayList<>(sources);
        read.set(0, new WebSource(top.title(), top.url(),
                text.length() > MAX_PAGE_CHARACTERS ? text.substring(0, MAX_PAGE_CHARACTERS) : text));
        return List.copyOf(read);
    }

    /** The files' text only: enough to check in the first step that a turn fits the window. */
    private static FileContext withoutImages(List<StoredFile> files) {
        return new FileContext(files.stream().filter(f -> f.kind().hasText()).toList(), List.of(), List.of());
    }

    /** The files' text, and their images' bytes when some model that may answer can see. */
    private FileContext fileContext(List<StoredFile> files, List<ModelBinding> candidates) {
        if (files.isEmpty()) {
            return FileContext.NONE;
        }
        List<StoredFile> documents = files.stream().filter(f -> f.kind().hasText()).toList();
        List<StoredFile> pictures = files.stream().filter(f -> !f.kind().hasText())
                .limit(PromptMessage.MAX_IMAGES).toList();
        boolean someoneSees = candidates.stream().anyMatch(c -> c.descriptor().profile().can(ModelCapability.VISION));
        List<ImageInput> images = new ArrayList<>();
        if (someoneSees) {
            for (StoredFile picture : pictures) {
                try (InputStream in = core.ports().blobs().read(picture.blobKey())) {
                    images.add(new ImageInput("data:" + picture.mediaType() + ";base64,"
                            + Base64.getEncoder().encodeToString(in.readAllBytes())));
                } catch (IOException e) {
                    throw new UncheckedIOException("reading an attached image failed", e);
                }
            }
        }
        return new FileContext(documents, someoneSees ? pictures : List.of(), images);
    }

    /** The conversation's model, then its catalog fallbacks that exist, each once. */
    private List<ModelBinding> candidates(ModelBinding primary) {
        List<ModelBinding> candidates = new ArrayList<>(List.of(primary));
        Set<String> seen = new LinkedHashSet<>(List.of(primary.descriptor().name()));
        for (String name : primary.descriptor().profile().fallbacks()) {
            core.models().resolve(name)
                    .filter(binding -> seen.add(binding.descriptor().name()))
                    .ifPresent(candidates::add);
        }
        return candidates;
    }

    /** The outcome of the first step: everything the later steps need, read in the same transaction. */
    record Accepted(Conversation conversation, ModelBinding model, List<Message> userMessages, List<Message> current,
            List<Message> history, List<StoredFile> files) {

        /** The messages the reply answers, which trimming to the window never drops. */
        Set<Integer> currentSequences() {
            return current.stream().map(Message::sequence).collect(Collectors.toUnmodifiableSet());
        }

        /** What a web search looks for: the newest user message, or the newest message when no user wrote one. */
        String query() {
            return history.reversed().stream().filter(m -> m.role() == Role.USER && !m.content().isBlank())
                    .findFirst().orElse(history.getLast()).content();
        }
    }
}

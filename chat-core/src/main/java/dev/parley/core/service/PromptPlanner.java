package dev.parley.core.service;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Domain rule: what a model is sent. The stored history, less failed and empty replies; the
 * catalog's defaults under the request's options (and a temperature of 0.7 when neither gives one); and, when the model's context window is known,
 * the oldest turns left out until prompt and reply fit. System messages, web sources and the turns
 * of the current request are never left out, nor is the file context (itself cut to half the room);
 * if they alone do not fit, the request is refused.
 */
final class PromptPlanner {

    /** Room kept for the reply when the request sets no max_tokens: a quarter of the window, at most this. */
    static final int DEFAULT_REPLY_RESERVE = 1024;

    /** The temperature when neither the request nor the catalog gives one: seed 002's documented default. */
    static final double DEFAULT_TEMPERATURE = 0.7;

    private final TokenCounter counter;

    PromptPlanner(TokenCounter counter) {
        this.counter = counter;
    }

    private record Entry(int sequence, PromptMessage message, boolean required, int cost) {
    }

    /**
     * @param requestedModel the conversation's model when {@code binding} is one of its fallbacks, else null
     * @param current the sequence numbers of the turns this request added
     * @param files the conversation's files, for the prompt's file context
     */
    PromptPlan plan(ModelBinding binding, String requestedModel, List<Message> history, Set<Integer> current,
            List<WebSource> sources, GenerationOptions requested, FileContext files) {
        ModelProfile profile = binding.descriptor().profile();
        GenerationOptions options = requested.withDefaults(profile);
        if (options.temperature() == null) {
            options = new GenerationOptions(DEFAULT_TEMPERATURE, options.maxTokens(), options.topP(), options.stop(),
                    options.seed());
        }
        boolean vision = profile.can(ModelCapability.VISION);
        Integer window = profile.contextWindow();
        int reserve = window == null ? 0 : reserve(options, window, binding.descriptor().name());
        // The files may take half of what the window leaves; the conversation keeps the rest.
        FileContext.Rendered attached = files.render(counter, window == null ? null : (window - reserve) / 2, vision);
        List<Entry> entries = entries(history, current, sources, vision, attached);
        List<Integer> trimmed = new ArrayList<>();
        if (window != null) {
            entries = fit(entries, window, reserve, binding.descriptor().name(), trimmed);
        }
        List<PromptMessage> messages = entries.stream().map(Entry::message).toList();
        RequestMetadata metadata = new RequestMetadata(binding.descriptor().provider(),
                binding.descriptor().upstreamId(), requestedModel, options, window, counter.countPrompt(messages),
                messages.size(), trimmed, false, sources, null, attached.uses());
        return new PromptPlan(binding, new ModelRequest(binding.descriptor().upstreamId(), messages, options), metadata);
    }

    private List<Entry> entries(List<Message> history, Set<Integer> current, List<WebSource> sources, boolean vision,
            FileContext.Rendered attached) {
        List<Entry> entries = new ArrayList<>();
        for (Message m : history) {
            if (m.status() == MessageStatus.FAILED || m.content().isEmpty() && m.images().isEmpty()) {
                continue;
            }
            // A model that cannot see gets the words of earlier turns that showed images, not the images.
            List<ImageInput> images = vision ? new ArrayList<>(m.images()) : new ArrayList<>();
            if (m == history.getLast()) {
                images.addAll(attached.images());
            }
            PromptMessage message = new PromptMessage(m.role(), m.content(), images);
            entries.add(entry(m.sequence(), message, m.role() == Role.SYSTEM || current.contains(m.sequence())));
        }
        if (attached.message() != null) {
            int afterSystem = 0;
            while (afterSystem < entries.size() && entries.get(afterSystem).message().role() == Role.SYSTEM) {
                afterSystem++;
            }
            entries.add(afterSystem, entry(0, attached.message(), true));
        }
        if (!sources.isEmpty()) {
            // Just before the newest user turn, so the model reads them as context for that question.
            entries.add(entries.size() - 1, entry(0, SourcesPrompt.of(sources), true));
        }
        return entries;
    }

    private Entry entry(int sequence, PromptMessage message, boolean required) {
        return new Entry(sequence, message, required, counter.countPrompt(List.of(message)));
    }

    private static int reserve(GenerationOptions options, int window, String model) {
        int reserve = options.maxTokens() != null ? options.maxTokens() : Math.min(DEFAULT_REPLY_RESERVE, window / 4);
        if (reserve >= window) {
            throw new InvalidInputException("max_tokens", "max_tokens (" + reserve + ") must be less than model "
                    + model + "'s context window of " + window + " tokens");
        }
        return reserve;
    }

    private static List<Entry> fit(List<Entry> entries, int window, int reserve, String model, List<Integer> trimmed) {
        int budget = window - reserve;
        int total = entries.stream().mapToInt(Entry::cost).sum();
        List<Entry> kept = new ArrayList<>(entries);
        for (int i = 0; i < kept.size() && total > budget; ) {
            Entry e = kept.get(i);
            if (e.required()) {
                i++;
            } else {
                kept.remove(i);
                trimmed.add(e.sequence());
                total -= e.cost();
            }
        }
        if (!trimmed.isEmpty()) {
            total -= dropLeadingReplies(kept, trimmed);
        }
        if (total > budget) {
            throw new InvalidInputException("messages", "the message is too long for model " + model
                    + ": it needs about " + total + " tokens, but a context window of " + window
                    + " tokens leaves " + budget + " after keeping " + reserve + " for the reply");
        }
        trimmed.sort(null);
        return kept;
    }

    /** After trimming, a kept history starting with the model's own words would lack their question. */
    private static int dropLeadingReplies(List<Entry> kept, List<Integer> trimmed) {
        int freed = 0;
        for (int i = 0; i < kept.size(); ) {
            Entry e = kept.get(i);
            if (e.message().role() == Role.SYSTEM) {
                i++;
            } else if (e.message().role() == Role.ASSISTANT && !e.required()) {
                kept.remove(i);
                trimmed.add(e.sequence());
                freed += e.cost();
            } else {
                break;
            }
        }
        return freed;
    }
}

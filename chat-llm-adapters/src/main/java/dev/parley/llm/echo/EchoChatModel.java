package dev.parley.llm.echo;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.TokenSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driven adapter: the built-in offline model "echo", which replies with the text of the last user
 * message (an empty reply when there is none), streamed one word at a time. Deterministic, needs no
 * network, and never fails, so a fresh server always has a model to talk to. Thread-safe.
 *
 * <p>Pieces keep every whitespace character: each is a word with the whitespace that follows it
 * (the first also carries any leading whitespace), so they concatenate to the text exactly. Usage
 * counts words (maximal runs of non-whitespace): prompt tokens are the words of every prompt
 * message, completion tokens the words of the reply. A {@code maxTokens} option cuts the reply
 * after that many words, with finish reason {@code "length"}; otherwise it is {@code "stop"}.
 */
public final class EchoChatModel implements ChatModel {

    public static final String NAME = "echo";
    public static final String PROVIDER = "builtin";
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, PROVIDER, NAME);

    private static final Pattern WORD_AND_SPACE = Pattern.compile("\\S+\\s*");
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The catalog entry for this model. */
    public static ModelBinding binding() {
        return new ModelBinding(DESCRIPTOR, new EchoChatModel());
    }

    @Override
    public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
        return stream(request, piece -> { }, cancellation);
    }

    @Override
    public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
        Objects.requireNonNull(sink, "sink");
        List<String> pieces = pieces(lastUserText(request.messages()));
        Integer limit = request.options().maxTokens();
        boolean cut = limit != null && pieces.size() > limit;
        List<String> sent = cut ? pieces.subList(0, limit) : pieces;
        StringBuilder text = new StringBuilder();
        for (String piece : sent) {
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            sink.accept(piece);
            text.append(piece);
        }
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        int promptWords = request.messages().stream().mapToInt(m -> words(m.content())).sum();
        return new ModelReply(text.toString(), new TokenUsage(promptWords, words(text.toString())),
                cut ? "length" : "stop");
    }

    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = WORD_AND_SPACE.matcher(text);
        while (matcher.find()) {
            // Leading whitespace has no word before it, so it rides with the first word.
            int start = pieces.isEmpty() ? 0 : matcher.start();
            pieces.add(text.substring(start, matcher.end()));
        }
        if (pieces.isEmpty() && !text.isEmpty()) {
            pieces.add(text);
        }
        return List.copyOf(pieces);
    }

    static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    private static String lastUserText(List<PromptMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role() == Role.USER) {
                return messages.get(i).content();
            }
        }
        return "";
    }
}

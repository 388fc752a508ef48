package dev.parley.core.testing;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.port.out.ChatModel;
import java.util.List;

/** The scripted fake honours the ChatModel contract, so tests built on it describe real adapters too. */
class ScriptedChatModelTest extends ChatModelContract {

    @Override
    protected ChatModel modelThatReplies(List<String> pieces, TokenUsage usage) {
        return new ScriptedChatModel().replyWith(pieces, usage);
    }

    @Override
    protected ChatModel modelThatFails(ProviderException.Kind kind) {
        return new ScriptedChatModel().failNextWith(new ProviderException(kind, "scripted", 0, "scripted " + kind));
    }

    @Override
    protected ChatModel modelThatStallsAfter(String firstPiece) {
        return new ScriptedChatModel().stallAfter(firstPiece);
    }
}

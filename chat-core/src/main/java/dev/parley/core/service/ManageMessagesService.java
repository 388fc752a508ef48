package dev.parley.core.service;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.EditMessageCommand;
import dev.parley.core.port.in.ManageMessagesUseCase;
import dev.parley.core.port.in.MessageCommand;
import dev.parley.core.port.in.PostMessageCommand;
import java.time.Instant;
import java.util.List;

/** Use case service: messages as records a user edits directly; every change happens in one transaction. */
public final class ManageMessagesService implements ManageMessagesUseCase {

    static final String RESOURCE = "Message";

    private final CoreContext core;
    private final ConversationLookup lookup;

    ManageMessagesService(CoreContext core) {
        this.core = core;
        this.lookup = new ConversationLookup(core.conversations());
    }

    @Override
    public Message post(PostMessageCommand command) {
        String content = valid(command.content());
        return core.transactions().inTransaction(() -> {
            Conversation conversation = lookup.lockedOwned(command.user(), command.conversation());
            requireOwnedFile(command.user(), command.file());
            Instant now = Timestamps.now(core.clock());
            Message stored = core.messages().append(conversation.id(),
                    List.of(NewMessage.written(command.role(), content, command.file(), now))).getFirst();
            core.conversations().update(conversation.touchedAt(now));
            return stored;
        });
    }

    @Override
    public List<Message> list(UserId user) {
        return core.messages().listOwnedBy(user);
    }

    @Override
    public Message get(MessageCommand command) {
        return owned(command.user(), command);
    }

    @Override
    public Message edit(EditMessageCommand command) {
        String content = valid(command.content());
        return core.transactions().inTransaction(() -> {
            Message message = owned(command.user(), new MessageCommand(command.user(), command.message()));
            requireOwnedFile(command.user(), command.file());
            Message edited = core.messages().update(message.edited(content, command.file()));
            Conversation conversation = lookup.lockedOwned(command.user(), message.conversationId());
            core.conversations().update(conversation.touchedAt(Timestamps.now(core.clock())));
            return edited;
        });
    }

    @Override
    public void delete(MessageCommand command) {
        core.transactions().inTransaction(() -> {
            Message message = owned(command.user(), command);
            Conversation conversation = lookup.lockedOwned(command.user(), message.conversationId());
            core.messages().delete(message.id());
            core.conversations().update(conversation.touchedAt(Timestamps.now(core.clock())));
            return null;
        });
    }

    /** The message if it lies in one of {@code user}'s conversations; otherwise it does not exist for them. */
    private Message owned(UserId user, MessageCommand command) {
        Message message = core.messages().find(command.message()).orElseThrow(() -> new NotFoundException(RESOURCE));
        if (core.conversations().findOwned(user, message.conversationId()).isEmpty()) {
            throw new NotFoundException(RESOURCE);
        }
        return message;
    }

    private void requireOwnedFile(UserId user, FileId file) {
        if (file != null && core.ports().files().findOwned(user, file).isEmpty()) {
            throw new NotFoundException("File");
        }
    }

    private static String valid(String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException("content", "content may not be blank");
        }
        if (content.length() > TurnRules.MAX_CONTENT_LENGTH) {
            throw new InvalidInputException("content",
                    "a message may hold at most " + TurnRules.MAX_CONTENT_LENGTH + " characters");
        }
        return content;
    }
}

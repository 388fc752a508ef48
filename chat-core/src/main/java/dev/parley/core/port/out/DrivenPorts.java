package dev.parley.core.port.out;

import java.time.Clock;
import java.util.Objects;

/**
 * Outgoing ports, together: everything the core needs from the outside world, handed to it once by
 * whoever embeds it (the server's composition root, a test, another application). Pass
 * {@link WebSearch#NONE} when there is no search engine, {@link WebPages#NONE} when pages may not be read.
 */
public record DrivenPorts(
        Clock clock,
        IdGenerator ids,
        Transactions transactions,
        UserRepository users,
        CredentialRepository credentials,
        ConversationRepository conversations,
        MessageRepository messages,
        ModelCatalog models,
        PasswordHasher passwords,
        TokenService tokens,
        UsageRepository usage,
        TokenCounter tokenCounter,
        WebSearch webSearch,
        PromptRepository prompts,
        FileRepository files,
        BlobStore blobs,
        TextExtractor textExtractor,
        WebPages webPages) {

    public DrivenPorts {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(tokenCounter, "tokenCounter");
        Objects.requireNonNull(webSearch, "webSearch");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(textExtractor, "textExtractor");
        Objects.requireNonNull(webPages, "webPages");
    }

    /** The ports without a way to read web pages ({@link WebPages#NONE}). */
    public DrivenPorts(Clock clock, IdGenerator ids, Transactions transactions, UserRepository users,
            CredentialRepository credentials, ConversationRepository conversations, MessageRepository messages,
            ModelCatalog models, PasswordHasher passwords, TokenService tokens, UsageRepository usage,
            TokenCounter tokenCounter, WebSearch webSearch, PromptRepository prompts, FileRepository files,
            BlobStore blobs, TextExtractor textExtractor) {
        this(clock, ids, transactions, users, credentials, conversations, messages, models, passwords, tokens, usage,
                tokenCounter, webSearch, prompts, files, blobs, textExtractor, WebPages.NONE);
    }
}

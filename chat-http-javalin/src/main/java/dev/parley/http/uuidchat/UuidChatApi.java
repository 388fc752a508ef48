package dev.parley.http.uuidchat;

import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/**
 * HTTP adapter, seed 004 (uuidchat, chats addressed by UUID): the dialect's entry point, registering all of its
 * routes with its {@code {"error": ...}} shape. The document names no authentication; Parley's credentials
 * apply as everywhere (a Bearer token, or none in single-user mode).
 */
public final class UuidChatApi {

    private final DialectSupport support;

    public UuidChatApi(DialectSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public void register(RoutesConfig routes) {
        DialectRoutes dialect = new DialectRoutes(routes, ErrorKey.SHAPE);
        Chats chats = new Chats(support.useCases());
        new ChatEndpoints(support.useCases(), support.credentials(), support.mapper(), chats).register(dialect);
        new ConversationEndpoints(support.useCases(), support.credentials(), support.mapper(), chats)
                .register(dialect);
        new InferenceEndpoints(support.useCases(), support.credentials(), support.replies(),
                support.settings().heartbeat(), new InferenceEvents(support.mapper()), chats).register(dialect);
    }
}

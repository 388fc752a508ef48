package dev.parley.http.uuidchat;

import dev.parley.http.support.DialectSupport;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/** HTTP adapter, seed 004 (uuidchat, chats addressed by UUID): the dialect's entry point, registering all of its routes. */
public final class UuidChatApi {

    private final DialectSupport support;

    public UuidChatApi(DialectSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public void register(RoutesConfig routes) {
        // The dialect's routes are added here.
    }
}

package dev.parley.http.drf;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.FileCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.drf.DrfBody.PrimaryKey;
import dev.parley.http.support.HttpProblem;
import io.javalin.http.Context;

/**
 * HTTP adapter, seed 001: the related fields of a body ({@code user}, {@code chat}, {@code file}) and the
 * ids in a path, each limited to the caller's own objects, as a DRF view whose querysets are filtered by
 * {@code request.user}. A key naming anything else, someone else's object or one that does not exist alike,
 * is DRF's "Invalid pk" field error, so that nothing tells whether another user's object exists; a path id
 * that is not the caller's is 404.
 */
final class OwnKeys {

    private final UseCases useCases;

    OwnKeys(UseCases useCases) {
        this.useCases = useCases;
    }

    /** Checks the optional {@code user} field: if given, it must be the caller. */
    static void checkUser(DrfBody body, User caller) {
        PrimaryKey key = body.key("user", false, false);
        if (key != null && !key.isNone() && key.value() != caller.id().value()) {
            body.rejectKey("user", key);
        }
    }

    /** The {@code chat} field, one of the caller's conversations; null when absent or refused. */
    ConversationId chat(DrfBody body, User caller, boolean required) {
        PrimaryKey key = body.key("chat", required, false);
        if (key == null || key.isNone()) {
            return null;
        }
        if (key.value() > 0) {
            ConversationId id = new ConversationId(key.value());
            try {
                useCases.getConversation().get(new ConversationCommand(caller.id(), id));
                return id;
            } catch (NotFoundException notTheirs) {
                // Reported below, as a key that names nothing is.
            }
        }
        body.rejectKey("chat", key);
        return null;
    }

    /** Whether {@code key} names one of the caller's files; records the field error when it does not. */
    FileId file(DrfBody body, User caller, PrimaryKey key) {
        if (key.value() > 0) {
            FileId id = new FileId(key.value());
            try {
                useCases.files().get(new FileCommand(caller.id(), id));
                return id;
            } catch (NotFoundException notTheirs) {
                // Reported below, as a key that names nothing is.
            }
        }
        body.rejectKey("file", key);
        return null;
    }

    /** The path parameter {@code name}; anything but a positive whole number matches no object: 404. */
    static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (raw.matches("\\d{1,18}")) {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        }
        throw HttpProblem.of(404, DrfErrors.NOT_FOUND);
    }
}

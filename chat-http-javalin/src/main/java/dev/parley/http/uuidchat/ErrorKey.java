package dev.parley.http.uuidchat;

import dev.parley.http.support.ErrorShape;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seed 004's error shape, {@code {"error": "..."}}: validation failures are 400 with one line per field
 * ("name: Field required"), and every 404 on its routes is "Chat not found", since a chat is the only thing
 * its paths and bodies address (a message is reached through its chat).
 */
final class ErrorKey {

    static final String CHAT_NOT_FOUND = "Chat not found";
    static final ErrorShape SHAPE = new ErrorShape(ErrorKey::write);

    private ErrorKey() {
    }

    private static void write(HttpProblem problem, Context ctx) {
        ErrorShape.writeHeaders(problem, ctx);
        ctx.status(problem.status() == 422 ? 400 : problem.status()).json(Map.of("error", message(problem)));
    }

    /** The text of the {@code error} field that answers {@code problem}. */
    static String message(HttpProblem problem) {
        if (problem.status() == 404) {
            return CHAT_NOT_FOUND;
        }
        Object detail = problem.detail();
        if (detail instanceof List<?> errors) {
            return errors.stream().map(ErrorKey::line).collect(Collectors.joining("; "));
        }
        return String.valueOf(detail);
    }

    /** One field's problem, named by the field (its place in the body, without the leading "body"). */
    private static String line(Object error) {
        if (!(error instanceof FieldError field)) {
            return String.valueOf(error);
        }
        List<Object> path = field.loc().size() > 1 ? field.loc().subList(1, field.loc().size()) : List.of();
        String where = path.stream().map(String::valueOf).collect(Collectors.joining("."));
        return where.isEmpty() ? field.msg() : where + ": " + field.msg();
    }
}

package dev.parley.core.domain.prompt;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Collection;
import java.util.Map;

/** Rule: how large JSON-like metadata is, roughly as written, and that it holds only JSON values. */
final class JsonSize {

    private static final int MAX_DEPTH = 16;

    private JsonSize() {
    }

    static long of(Object value) {
        return of(value, 0);
    }

    private static long of(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException("metadata", "metadata is nested too deeply");
        }
        return switch (value) {
            case null -> 4;
            case String s -> s.length() + 2;
            case Number n -> n.toString().length();
            case Boolean b -> 5;
            case Map<?, ?> map -> 2 + map.entrySet().stream()
                    .mapToLong(e -> of(String.valueOf(e.getKey()), depth + 1) + 1 + of(e.getValue(), depth + 1) + 1)
                    .sum();
            case Collection<?> list -> 2 + list.stream().mapToLong(item -> of(item, depth + 1) + 1).sum();
            default -> throw new InvalidInputException("metadata", "metadata must be JSON");
        };
    }
}

package dev.parley.core.domain.prompt;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Domain rule: a prompt's template syntax. {@code {name}} (a letter or underscore, then letters,
 * digits or underscores) is a variable; {@code {{} and {@code }}} are literal braces; any other
 * brace is an error. Rendering is one pass: substituted values are never expanded again, and there
 * are no expressions.
 */
public final class PromptTemplate {

    private sealed interface Part permits Literal, Variable {
    }

    private record Literal(String text) implements Part {
    }

    private record Variable(String name) implements Part {
    }

    private final List<Part> parts;

    private PromptTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Parses {@code content}, refusing an unmatched brace or a malformed variable name. */
    public static PromptTemplate parse(String content) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (c == '{' && i + 1 < content.length() && content.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < content.length() && content.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = content.indexOf('}', i + 1);
                String name = end < 0 ? "" : content.substring(i + 1, end);
                if (!isName(name)) {
                    throw malformed("'{' at character " + (i + 1) + " does not start a {variable}; write {{ for a brace");
                }
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Variable(name));
                i = end + 1;
            } else if (c == '}') {
                throw malformed("'}' at character " + (i + 1) + " closes nothing; write }} for a brace");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new PromptTemplate(parts);
    }

    /** The variables the template names, in order of first appearance. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(part -> {
            if (part instanceof Variable v) {
                names.add(v.name());
            }
        });
        return names;
    }

    /**
     * The template with each variable replaced by its value. Values the template does not name are
     * ignored.
     *
     * @throws InvalidInputException on {@code variables}, naming every missing variable
     */
    public String render(Map<String, String> values) {
        Set<String> missing = new TreeSet<>();
        for (String name : variables()) {
            if (values.get(name) == null) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("variables", "missing variables: " + String.join(", ", missing));
        }
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal l -> out.append(l.text());
                case Variable v -> out.append(values.get(v.name()));
            }
        }
        return out.toString();
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > 100) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException malformed(String why) {
        return new InvalidInputException("content", "the template is malformed: " + why);
    }
}

package dev.parley.llm.web;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML element's text laid out for reading rather than for a browser: whitespace collapsed as a browser
 * would, a blank line between paragraphs, headings and other blocks, a line break for each list item,
 * table row and {@code <br>}, a space between table cells, and preformatted text kept as it is. A model
 * reads paragraphs better than one long line, and cannot use the markup.
 */
final class TextLayout implements NodeVisitor {

    private static final Set<String> PARAGRAPHS = Set.of("address", "article", "aside", "blockquote", "body",
            "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "main", "ol", "p", "pre", "section", "summary", "table", "ul");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder text = new StringBuilder();
    private int pendingBreaks;
    private boolean pendingSpace;
    private int preformatted;

    private TextLayout() {
    }

    static String of(Element root) {
        TextLayout layout = new TextLayout();
        NodeTraversor.traverse(layout, root);
        return layout.text.toString().strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode piece) {
            append(piece);
        } else if (node instanceof Element element) {
            String name = element.normalName();
            if (name.equals("pre")) {
                preformatted++;
            }
            if (name.equals("br")) {
                pendingBreaks = Math.min(2, pendingBreaks + 1);
            } else if (CELLS.contains(name)) {
                pendingSpace = true;
            }
            blockEdge(name);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String name = element.normalName();
            if (name.equals("pre")) {
                preformatted--;
            }
            blockEdge(name);
        }
    }

    private void blockEdge(String name) {
        if (PARAGRAPHS.contains(name)) {
            pendingBreaks = 2;
        } else if (LINES.contains(name)) {
            pendingBreaks = Math.max(pendingBreaks, 1);
        }
    }

    private void append(TextNode node) {
        boolean verbatim = preformatted > 0;
        String piece = verbatim ? node.getWholeText() : node.text();
        if (piece.isEmpty()) {
            return;
        }
        if (!verbatim && piece.isBlank()) {
            // Whitespace between words is a space; between blocks, the break stands for it.
            pendingSpace |= pendingBreaks == 0;
            return;
        }
        separate();
        if (!verbatim && (atLineStart() || endsWith(' '))) {
            piece = piece.stripLeading();
        }
        text.append(piece);
    }

    private void separate() {
        if (!text.isEmpty() && pendingBreaks > 0) {
            while (endsWith(' ')) {
                text.setLength(text.length() - 1);
            }
            int present = 0;
            while (present < text.length() && text.charAt(text.length() - 1 - present) == '\n') {
                present++;
            }
            text.append("\n".repeat(Math.max(0, pendingBreaks - present)));
        } else if (pendingSpace && !atLineStart() && !endsWith(' ')) {
            text.append(' ');
        }
        pendingBreaks = 0;
        pendingSpace = false;
    }

    private boolean atLineStart() {
        return text.isEmpty() || endsWith('\n');
    }

    private boolean endsWith(char c) {
        return !text.isEmpty() && text.charAt(text.length() - 1) == c;
    }
}

package dev.roundup.importer;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * A link item's commentary rendered as the importer renders it, for corrections written through the API:
 * each block's HTML (a paragraph always with its {@code <p>}), and the text a reader sees, paragraphs apart.
 */
public final class CommentaryRenderer {

    private static final Markdown MARKDOWN = new Markdown();

    private CommentaryRenderer() {
    }

    public record Rendered(String markdown, String html, String text) {
    }

    public static Rendered render(String markdown) {
        String source = markdown == null ? "" : markdown.strip();
        Node document = MARKDOWN.parse(source);
        StringBuilder html = new StringBuilder();
        List<String> paragraphs = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            html.append(MARKDOWN.blockHtml(block));
            paragraphs.add(text(block));
        }
        paragraphs.removeIf(String::isEmpty);
        return new Rendered(source, html.toString(), String.join("\n\n", paragraphs));
    }

    private static String text(Node block) {
        if (!(block instanceof ListBlock)) {
            return LinkItemExtractor.collapse(MARKDOWN.text(block));
        }
        List<String> items = new ArrayList<>();
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            items.add(LinkItemExtractor.collapse(MARKDOWN.text(item)));
        }
        items.removeIf(String::isEmpty);
        return String.join("\n", items);
    }
}

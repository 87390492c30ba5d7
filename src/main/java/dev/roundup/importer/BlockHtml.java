package dev.roundup.importer;

import java.util.IdentityHashMap;
import java.util.Map;

import org.commonmark.node.Node;

/**
 * The HTML of each top-level block of one post, rendered once: the body, the intro and the sections are
 * all made of the same blocks.
 */
final class BlockHtml {

    private final Markdown markdown;
    private final Map<Node, String> rendered = new IdentityHashMap<>();

    BlockHtml(Markdown markdown) {
        this.markdown = markdown;
    }

    String of(Node block) {
        return rendered.computeIfAbsent(block, markdown::html);
    }

    /** The whole document, block by block, as rendering it at once would give. */
    String ofChildren(Node document) {
        StringBuilder html = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            html.append(of(block));
        }
        return html.toString();
    }
}

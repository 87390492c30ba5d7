package dev.roundup.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** The bullets nested under a link item, depth first, each with its own link when it opens with one. */
final class SubItems {

    private final Markdown markdown;

    SubItems(Markdown markdown) {
        this.markdown = markdown;
    }

    List<ParsedSubItem> of(ListItem item, List<ListItem> adopted) {
        List<ParsedSubItem> items = new ArrayList<>();
        nested(item, 1, items);
        adopted.forEach(child -> add(child, 1, items));
        return List.copyOf(items);
    }

    private void nested(ListItem item, int depth, List<ParsedSubItem> into) {
        for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof ListBlock list) {
                for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                    add((ListItem) child, depth, into);
                }
            }
        }
    }

    private void add(ListItem item, int depth, List<ParsedSubItem> into) {
        Optional<String> title = Optional.empty();
        Optional<String> url = Optional.empty();
        List<String> labels = List.of();
        String text = "";
        if (item.getFirstChild() instanceof Paragraph paragraph) {
            text = LinkItemExtractor.collapse(markdown.text(paragraph));
            BulletOpening opening = BulletOpening.of(paragraph);
            if (opening != null && opening.link().getDestination() != null) {
                title = Optional.of(LinkItemExtractor.collapse(markdown.text(opening.link())))
                        .filter(value -> !value.isEmpty());
                url = Optional.of(opening.link().getDestination().strip()).filter(value -> !value.isEmpty());
                labels = opening.labels();
            }
        }
        into.add(new ParsedSubItem(depth, title, url, labels, text));
        nested(item, depth + 1, into);
    }
}

package dev.roundup.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

import dev.roundup.section.SectionKind;
import dev.roundup.section.SectionKindRules;

/**
 * Cuts a roundup's blocks into a tree of sections: every ATX heading, {@code #} to {@code ######}, opens one
 * ({@link HeadingTree} says where it hangs). Link items above the first heading go into an untitled section.
 * A section's markdown and HTML run to the next heading of its level or higher, so they hold its sub-sections;
 * its link items are those directly under its own heading. Sections come out in document order.
 */
final class SectionBuilder {

    private final Markdown markdown;
    private final BlockHtml blockHtml;
    private final BodySource source;
    private final LinkItemExtractor extractor;
    private final SectionKindRules kinds;

    SectionBuilder(Markdown markdown, BlockHtml blockHtml, BodySource source, LinkItemExtractor extractor,
            SectionKindRules kinds) {
        this.markdown = markdown;
        this.blockHtml = blockHtml;
        this.source = source;
        this.extractor = extractor;
        this.kinds = kinds;
    }

    List<ParsedSection> build(List<Node> blocks) {
        HeadingTree tree = new HeadingTree(markdown, kinds, blocks, source);
        List<HeadingTree.Node> nodes = tree.nodes();
        List<List<ParsedLinkItem>> items = new ArrayList<>();
        for (HeadingTree.Node node : nodes) {
            items.add(node.kind() == SectionKind.EVENTS ? List.of() : linkItems(node.content()));
        }
        // the untitled section (node 0) is only there when it holds link items
        int offset = items.get(0).isEmpty() ? 1 : 0;
        List<ParsedSection> sections = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            HeadingTree.Node node = nodes.get(index);
            if (node.heading() == null && items.get(index).isEmpty()) {
                continue;
            }
            int subtreeEnd = tree.subtreeEnd(index);
            sections.add(new ParsedSection(index - offset, node.title(), node.slug(),
                    kindOf(node, items, index, subtreeEnd), markdownOf(nodes, index, subtreeEnd),
                    htmlOf(nodes, index, subtreeEnd), items.get(index), node.heading() == null ? 0 : node.heading().getLevel(),
                    node.parent() < 0 ? -1 : node.parent() - offset, node.path(), node.url(), subtreeEnd - offset));
        }
        return sections;
    }

    /** Only ATX headings open sections: "text" over a "---" line is a setext heading, written by accident. */
    static boolean opensSection(Node block, BodySource source) {
        if (!(block instanceof Heading heading) || heading.getSourceSpans().isEmpty() || source.inComment(block)) {
            return false;
        }
        SourceSpan first = heading.getSourceSpans().get(0);
        return source.parsedText(first).stripLeading().startsWith("#");
    }

    /** A bullet list with a bullet that opens with a link, outside an HTML comment. */
    static boolean isLinkList(Node block, BodySource source) {
        if (!(block instanceof BulletList)) {
            return false;
        }
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (item.getFirstChild() instanceof Paragraph paragraph && opensWithLink(paragraph) && !source.inComment(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithLink(Paragraph paragraph) {
        Node lead = paragraph.getFirstChild();
        return lead instanceof Link || lead != null && lead.getFirstChild() instanceof Link
                || BulletOpening.of(paragraph) != null;
    }

    /** WIND, Finally and events sections as their heading (or an enclosing one) says; else by their link items. */
    private static SectionKind kindOf(HeadingTree.Node node, List<List<ParsedLinkItem>> items, int index,
            int subtreeEnd) {
        if (node.kind() != null) {
            return node.kind();
        }
        for (int inside = index; inside <= subtreeEnd; inside++) {
            if (!items.get(inside).isEmpty()) {
                return SectionKind.LINKS;
            }
        }
        return SectionKind.OTHER;
    }

    /**
     * The link items of a section's own blocks. A bullet CommonMark made a sibling although it is indented two
     * columns or more under the previous one (whose text starts further in) belongs to that one.
     */
    private List<ParsedLinkItem> linkItems(List<Node> content) {
        List<ParsedLinkItem> items = new ArrayList<>();
        ListItem parent = null;
        List<ListItem> adopted = new ArrayList<>();
        for (Node block : content) {
            if (!(block instanceof BulletList)) {
                parent = flush(parent, adopted, items);
                continue;
            }
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                ListItem listItem = (ListItem) item;
                if (source.inComment(listItem)) {
                    continue;
                }
                if (parent != null && indentOf(listItem) >= indentOf(parent) + 2) {
                    adopted.add(listItem);
                } else {
                    flush(parent, adopted, items);
                    parent = listItem;
                }
            }
        }
        flush(parent, adopted, items);
        return items;
    }

    private ListItem flush(ListItem parent, List<ListItem> adopted, List<ParsedLinkItem> items) {
        if (parent != null) {
            extractor.extract(parent, items.size(), List.copyOf(adopted)).ifPresent(items::add);
        }
        adopted.clear();
        return null;
    }

    private static int indentOf(ListItem item) {
        return item.getMarkerIndent() == null ? 0 : item.getMarkerIndent();
    }

    private String markdownOf(List<HeadingTree.Node> nodes, int from, int to) {
        List<Node> blocks = blocksOf(nodes, from, to);
        return source.writtenLines(BodySource.firstLine(blocks.get(0)), BodySource.lastLine(blocks.get(blocks.size() - 1)));
    }

    private String htmlOf(List<HeadingTree.Node> nodes, int from, int to) {
        StringBuilder html = new StringBuilder();
        blocksOf(nodes, from, to).forEach(block -> html.append(blockHtml.of(block)));
        return html.toString();
    }

    /** The heading and the content of the sections from {@code from} to {@code to}, in order. */
    private static List<Node> blocksOf(List<HeadingTree.Node> nodes, int from, int to) {
        List<Node> blocks = new ArrayList<>();
        for (int index = from; index <= to; index++) {
            Optional.ofNullable(nodes.get(index).heading()).ifPresent(blocks::add);
            blocks.addAll(nodes.get(index).content());
        }
        return blocks;
    }
}

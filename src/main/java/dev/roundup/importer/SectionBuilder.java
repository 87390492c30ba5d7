package dev.roundup.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

import dev.roundup.common.Slugs;
import dev.roundup.section.SectionKind;

/**
 * Cuts a roundup's blocks into sections at every {@code #} and {@code ##} ATX heading; deeper headings are
 * sub-headings inside a section. Link items above the first heading go into an untitled section.
 */
final class SectionBuilder {

    private static final Pattern WIND = Pattern.compile("^(wind|what-is-.*-doing)");
    private static final Pattern FINALLY = Pattern.compile("^finally");

    private final Markdown markdown;
    private final BlockHtml blockHtml;
    private final BodySource source;
    private final LinkItemExtractor extractor;

    SectionBuilder(Markdown markdown, BlockHtml blockHtml, BodySource source, LinkItemExtractor extractor) {
        this.markdown = markdown;
        this.blockHtml = blockHtml;
        this.source = source;
        this.extractor = extractor;
    }

    List<ParsedSection> build(List<Node> blocks) {
        List<ParsedSection> sections = new ArrayList<>();
        Heading heading = null;
        List<Node> content = new ArrayList<>();
        for (Node block : blocks) {
            if (opensSection(block, source)) {
                addSection(sections, heading, content);
                heading = (Heading) block;
                content = new ArrayList<>();
            } else {
                content.add(block);
            }
        }
        addSection(sections, heading, content);
        return sections;
    }

    /** Only ATX headings open sections: "text" over a "---" line is a setext heading, written by accident. */
    static boolean opensSection(Node block, BodySource source) {
        if (!(block instanceof Heading heading) || heading.getLevel() > 2 || heading.getSourceSpans().isEmpty()) {
            return false;
        }
        SourceSpan first = heading.getSourceSpans().get(0);
        return source.parsedText(first).stripLeading().startsWith("#");
    }

    static boolean isLinkList(Node block) {
        if (!(block instanceof BulletList)) {
            return false;
        }
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (item.getFirstChild() instanceof Paragraph paragraph && opensWithLink(paragraph)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithLink(Paragraph paragraph) {
        Node lead = paragraph.getFirstChild();
        return lead instanceof Link || lead != null && lead.getFirstChild() instanceof Link;
    }

    private void addSection(List<ParsedSection> sections, Heading heading, List<Node> content) {
        List<ParsedLinkItem> items = linkItems(content);
        if (heading == null && items.isEmpty()) {
            return;
        }
        Optional<String> title = Optional.ofNullable(heading).map(node -> markdown.text(node).strip());
        Optional<String> slug = title.map(Slugs::of);
        List<Node> blocks = new ArrayList<>();
        if (heading != null) {
            blocks.add(heading);
        }
        blocks.addAll(content);
        sections.add(new ParsedSection(sections.size(), title, slug, kindOf(slug, items), markdownOf(blocks),
                htmlOf(blocks), items));
    }

    private List<ParsedLinkItem> linkItems(List<Node> content) {
        List<ParsedLinkItem> items = new ArrayList<>();
        for (Node block : content) {
            if (block instanceof BulletList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    extractor.extract((ListItem) item, items.size()).ifPresent(items::add);
                }
            }
        }
        return items;
    }

    private static SectionKind kindOf(Optional<String> slug, List<ParsedLinkItem> items) {
        if (slug.isPresent() && WIND.matcher(slug.get()).find()) {
            return SectionKind.WIND;
        }
        if (slug.isPresent() && FINALLY.matcher(slug.get()).find()) {
            return SectionKind.FINALLY;
        }
        return items.isEmpty() ? SectionKind.OTHER : SectionKind.LINKS;
    }

    private String markdownOf(List<Node> blocks) {
        return source.writtenLines(BodySource.firstLine(blocks.get(0)), BodySource.lastLine(blocks.get(blocks.size() - 1)));
    }

    private String htmlOf(List<Node> blocks) {
        StringBuilder html = new StringBuilder();
        blocks.forEach(block -> html.append(blockHtml.of(block)));
        return html.toString();
    }
}

package dev.roundup.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

import dev.roundup.common.UrlNormalizer;

/**
 * Finds the link item in a top-level bullet: a bullet whose text opens with a link ({@link BulletOpening}: after
 * labels such as {@code [video]}, possibly wrapped in emphasis). The commentary is everything after the link and
 * its separator ({@code .}, {@code :}, {@code ,}, a dash), over all the bullet's paragraphs and nested lists; the
 * nested bullets are its sub-items too.
 */
final class LinkItemExtractor {

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[.:,;]|-{1,2}|\u2013|\u2014)?\\s*");
    private static final Pattern UNDEFINED_REFERENCE = Pattern.compile("^\\[([^\\]]+)]\\[([^\\]]*)]");

    private final Markdown markdown;
    private final BodySource source;
    private final Map<Link, String> relrefTargets;
    private final List<String> warnings;
    private final SubItems subItems;

    LinkItemExtractor(Markdown markdown, BodySource source, Map<Link, String> relrefTargets, List<String> warnings) {
        this.markdown = markdown;
        this.source = source;
        this.relrefTargets = relrefTargets;
        this.warnings = warnings;
        this.subItems = new SubItems(markdown);
    }

    Optional<ParsedLinkItem> extract(ListItem item, int position) {
        return extract(item, position, List.of());
    }

    /**
     * @param adopted bullets that CommonMark made siblings but that are indented under this one (a list whose
     *        text starts four columns in, with bullets below it indented by two): they are its sub-items
     */
    Optional<ParsedLinkItem> extract(ListItem item, int position, List<ListItem> adopted) {
        if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        BulletOpening opening = BulletOpening.of(paragraph);
        if (opening == null) {
            reportUndefinedReference(paragraph);
            return Optional.empty();
        }
        Link link = opening.link();
        String title = collapse(markdown.text(link));
        String url = link.getDestination() == null ? "" : link.getDestination().strip();
        if (title.isEmpty() || url.isEmpty()) {
            warnings.add("line " + source.fileLine(paragraph) + ": a bullet opens with a link without "
                    + (title.isEmpty() ? "a title" : "a URL") + "; it is kept as text");
            return Optional.empty();
        }
        List<Node> laterBlocks = laterBlocks(paragraph);
        Optional<String> target = Optional.ofNullable(relrefTargets.get(link));
        Optional<String> domain = UrlNormalizer.domainOf(url);
        if (opening.lead().getNext() == null && laterBlocks.isEmpty()) {
            // a bare link: nothing to render after it (a newsletter's usual item)
            return Optional.of(new ParsedLinkItem(position, title, url, domain, target, "", "", "", opening.labels(),
                    subItems.of(item, adopted)));
        }
        return Optional.of(new ParsedLinkItem(position, title, url, domain, target,
                commentaryMarkdown(paragraph, opening.lead(), laterBlocks),
                commentaryHtml(paragraph, opening, laterBlocks),
                commentaryText(paragraph, opening, laterBlocks), opening.labels(), subItems.of(item, adopted)));
    }

    private void reportUndefinedReference(Paragraph paragraph) {
        if (paragraph.getSourceSpans().isEmpty()) {
            return;
        }
        Matcher matcher = UNDEFINED_REFERENCE.matcher(source.parsedText(paragraph.getSourceSpans().get(0)));
        if (matcher.find()) {
            String label = matcher.group(2).isBlank() ? matcher.group(1) : matcher.group(2);
            warnings.add("line " + source.fileLine(paragraph) + ": the link '" + collapse(matcher.group(1))
                    + "' refers to [" + label + "], which is never defined; the bullet is kept as text");
        }
    }

    private static List<Node> laterBlocks(Paragraph paragraph) {
        List<Node> blocks = new ArrayList<>();
        for (Node block = paragraph.getNext(); block != null; block = block.getNext()) {
            blocks.add(block);
        }
        return blocks;
    }

    private String commentaryMarkdown(Paragraph paragraph, Node lead, List<Node> laterBlocks) {
        List<SourceSpan> leadSpans = lead.getSourceSpans();
        SourceSpan last = leadSpans.get(leadSpans.size() - 1);
        List<Node> nodes = new ArrayList<>();
        nodes.add(paragraph);
        nodes.addAll(laterBlocks);
        String markdown = source.sliceFrom(nodes, last.getInputIndex() + last.getLength());
        return dedent(SEPARATOR.matcher(markdown).replaceFirst("").stripTrailing());
    }

    /**
     * The lines after the first still carry the indentation that put them inside the bullet; without it the
     * commentary reads as markdown of its own. Relative indentation (nested lists, code) is kept.
     */
    private static String dedent(String markdown) {
        String[] lines = markdown.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int index = 1; index < lines.length; index++) {
            if (!lines[index].isBlank()) {
                indent = Math.min(indent, leadingSpaces(lines[index]));
            }
        }
        if (indent == 0 || indent == Integer.MAX_VALUE) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(lines[0]);
        for (int index = 1; index < lines.length; index++) {
            out.append('\n').append(lines[index].isBlank() ? "" : lines[index].substring(indent));
        }
        return out.toString();
    }

    private static int leadingSpaces(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(count) == ' ') {
            count++;
        }
        return count;
    }

    private String commentaryHtml(Paragraph paragraph, BulletOpening opening, List<Node> laterBlocks) {
        String inline = afterLead(markdown.inlineHtml(paragraph), opening.rendered(markdown::html));
        StringBuilder html = new StringBuilder();
        if (!inline.isBlank()) {
            html.append("<p>").append(inline.strip()).append("</p>\n");
        }
        laterBlocks.forEach(block -> html.append(markdown.blockHtml(block)));
        return html.toString();
    }

    private String commentaryText(Paragraph paragraph, BulletOpening opening, List<Node> laterBlocks) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(collapse(afterLead(markdown.text(paragraph), opening.rendered(markdown::text))));
        laterBlocks.forEach(block -> paragraphs.add(blockText(block)));
        paragraphs.removeIf(String::isEmpty);
        return String.join("\n\n", paragraphs);
    }

    /** A nested list's items each on their own line; any other block as one collapsed paragraph. */
    private String blockText(Node block) {
        if (!(block instanceof ListBlock)) {
            return collapse(markdown.text(block));
        }
        List<String> items = new ArrayList<>();
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            items.add(collapse(markdown.text(item)));
        }
        items.removeIf(String::isEmpty);
        return String.join("\n", items);
    }

    /**
     * What a rendering of the whole paragraph holds after the rendering of its leading link, without the
     * separator: one render of the paragraph instead of one per inline node. Separators are plain
     * characters that neither renderer escapes.
     */
    private static String afterLead(String rendered, String leadRendered) {
        String rest = rendered.startsWith(leadRendered) ? rendered.substring(leadRendered.length()) : rendered;
        return SEPARATOR.matcher(rest).replaceFirst("");
    }

    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isWhitespace(character)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(character);
            }
        }
        return out.toString();
    }
}

package dev.roundup.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * How a bullet's text opens when it opens with a link: {@code [Title](url)}, {@code **[Title][ref]**}, or either
 * after labels in brackets ({@code [video] [series] [Title](url)}). A bullet that opens with anything else (a word,
 * an emoji, bold text) is prose.
 *
 * @param prefix the label text before the link, as parsed (empty without labels)
 * @param lead the link, or the emphasis wrapped whole around it
 * @param link the link itself
 * @param labels the labels, without brackets
 */
record BulletOpening(List<Node> prefix, Node lead, Link link, List<String> labels) {

    private static final Pattern LABELS = Pattern.compile("^(?:\\s*\\[[^\\[\\]\\n]{1,40}\\])+\\s*$");
    private static final Pattern LABEL = Pattern.compile("\\[([^\\[\\]\\n]{1,40})\\]");

    /** The opening of the paragraph that starts a bullet, or null when it does not open with a link. */
    static BulletOpening of(Paragraph paragraph) {
        List<Node> prefix = new ArrayList<>();
        StringBuilder prefixText = new StringBuilder();
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            Link link = linkOf(node);
            if (link != null) {
                if (prefix.isEmpty()) {
                    return new BulletOpening(List.of(), node, link, List.of());
                }
                return LABELS.matcher(prefixText).matches()
                        ? new BulletOpening(List.copyOf(prefix), node, link, labels(prefixText))
                        : null;
            }
            if (!(node instanceof Text text)) {
                return null;
            }
            prefix.add(node);
            prefixText.append(text.getLiteral());
        }
        return null;
    }

    /** The link a node is, or wraps whole in bold or italics. */
    private static Link linkOf(Node node) {
        if (node instanceof Link link) {
            return link;
        }
        boolean emphasis = node instanceof StrongEmphasis || node instanceof Emphasis;
        if (emphasis && node.getFirstChild() instanceof Link link && link.getNext() == null) {
            return link;
        }
        return null;
    }

    private static List<String> labels(CharSequence prefixText) {
        List<String> labels = new ArrayList<>();
        Matcher matcher = LABEL.matcher(prefixText);
        while (matcher.find()) {
            labels.add(matcher.group(1).strip());
        }
        return List.copyOf(labels);
    }

    /** The labels and the lead as a renderer writes them: what the commentary's rendering starts with. */
    String rendered(Function<Node, String> renderer) {
        StringBuilder out = new StringBuilder();
        prefix.forEach(node -> out.append(renderer.apply(node)));
        return out.append(renderer.apply(lead)).toString();
    }
}

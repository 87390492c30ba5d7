package dev.roundup.importer;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** The CommonMark parser and renderers, built once: all of them are thread-safe. */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    // The author's raw HTML (players, separators) is part of the post: it is rendered, not escaped.
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    Node parse(String markdown) {
        return parser.parse(markdown);
    }

    String html(Node node) {
        return html.render(node);
    }

    /** A paragraph always with its {@code <p>}, also where it sits in a tight list. */
    String blockHtml(Node block) {
        if (block instanceof Paragraph) {
            return "<p>" + childrenHtml(block) + "</p>\n";
        }
        return html.render(block);
    }

    /** A paragraph's inline HTML, without the {@code <p>} a loose list would give it. */
    String inlineHtml(Paragraph paragraph) {
        String rendered = html.render(paragraph);
        if (rendered.startsWith("<p>") && rendered.endsWith("</p>\n")) {
            return rendered.substring(3, rendered.length() - 5);
        }
        return rendered.endsWith("\n") ? rendered.substring(0, rendered.length() - 1) : rendered;
    }

    /** The words a reader sees: link texts without their URLs, no markup, blocks on their own lines. */
    String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append('\n');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                out.append('\n');
            }

            @Override
            public void visit(ListItem listItem) {
                visitChildren(listItem);
                out.append('\n');
            }
        });
        return out.toString();
    }

    private String childrenHtml(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            out.append(html.render(child));
        }
        return out.toString();
    }
}

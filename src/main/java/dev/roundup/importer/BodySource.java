package dev.roundup.importer;

import java.util.List;
import java.util.TreeMap;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The markdown body twice: as written, and as parsed (shortcodes replaced, line for line). Slices that
 * go out as markdown are cut from these, so they read as the author wrote them.
 */
final class BodySource {

    private final String parsedText;
    private final List<String> writtenLines;
    private final Shortcodes shortcodes;
    private final int firstFileLine;
    private final HtmlComments comments;

    BodySource(String writtenText, String parsedText, Shortcodes shortcodes, int firstFileLine) {
        this.parsedText = parsedText;
        this.comments = HtmlComments.in(parsedText);
        this.writtenLines = List.of(writtenText.split("\n", -1));
        this.shortcodes = shortcodes;
        this.firstFileLine = firstFileLine;
    }

    /** The file's line number (1-based) of a node. */
    int fileLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : firstFileLine + spans.get(0).getLineIndex();
    }

    /** Whether the node starts inside an HTML comment: then it is no content, whatever the parser made of it. */
    boolean inComment(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return !spans.isEmpty() && comments.hides(spans.get(0).getInputIndex());
    }

    static int firstLine(Node node) {
        return node.getSourceSpans().get(0).getLineIndex();
    }

    static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.get(spans.size() - 1).getLineIndex();
    }

    /** Whole lines as written, from {@code first} to {@code last} inclusive, without trailing blank lines. */
    String writtenLines(int first, int last) {
        int end = Math.min(last, writtenLines.size() - 1);
        while (end >= first && writtenLines.get(end).isBlank()) {
            end--;
        }
        return end < first ? "" : String.join("\n", writtenLines.subList(first, end + 1));
    }

    /** The parsed text of a node's spans, starting at input index {@code from}, with shortcodes put back. */
    String sliceFrom(List<Node> nodes, int from) {
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (Node node : nodes) {
            for (SourceSpan span : node.getSourceSpans()) {
                int start = span.getInputIndex();
                int end = start + span.getLength();
                if (end > from) {
                    lines.merge(span.getLineIndex(), parsedText.substring(Math.max(start, from), end), String::concat);
                }
            }
        }
        return shortcodes.restore(joinLines(lines));
    }

    String parsedText(SourceSpan span) {
        return parsedText.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
    }

    private static String joinLines(TreeMap<Integer, String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int line = lines.firstKey(); line <= lines.lastKey(); line++) {
            if (line > lines.firstKey()) {
                out.append('\n');
            }
            out.append(lines.getOrDefault(line, ""));
        }
        return out.toString();
    }

    Shortcodes shortcodes() {
        return shortcodes;
    }
}

package dev.roundup.event.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The links of one markdown line, read by hand rather than by a CommonMark parser: list lines are often
 * malformed (a bracket too many, a title with brackets in it, a reference defined far away), and a line the
 * parser gives up on must still yield its link. Inline {@code [text](url)}, reference {@code [text][ref]} and
 * collapsed or shortcut references ({@code [text][]}, {@code [text]}) when the label is defined.
 */
final class MarkdownLinks {

    /** A link and where it sits in the line ({@code start} inclusive, {@code end} exclusive). */
    record Link(String text, String url, int start, int end) {

        boolean bold() {
            String inner = text.strip();
            return inner.startsWith("**") || inner.startsWith("__");
        }
    }

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^>]*>");

    private MarkdownLinks() {
    }

    static List<Link> in(String line, Map<String, String> references) {
        List<Link> links = new ArrayList<>();
        int index = 0;
        while (index < line.length()) {
            int open = line.indexOf('[', index);
            if (open < 0) {
                break;
            }
            if (open > 0 && (line.charAt(open - 1) == '\\' || line.charAt(open - 1) == '!')) {
                index = open + 1;
                continue;
            }
            int close = closing(line, open, '[', ']');
            if (close < 0) {
                break;
            }
            Link link = linkAt(line, open, close, references);
            if (link != null) {
                links.add(link);
                index = link.end();
            } else {
                index = open + 1;
            }
        }
        return links;
    }

    private static Link linkAt(String line, int open, int close, Map<String, String> references) {
        String text = line.substring(open + 1, close);
        if (close + 1 < line.length() && line.charAt(close + 1) == '(') {
            int end = closing(line, close + 1, '(', ')');
            if (end < 0) {
                // "[Title](https://... " without its closing parenthesis: the URL runs to the first space
                int space = line.indexOf(' ', close + 2);
                end = space < 0 ? line.length() : space;
                return new Link(text, destination(line.substring(close + 2, end)), open, end);
            }
            return new Link(text, destination(line.substring(close + 2, end)), open, end + 1);
        }
        if (close + 1 < line.length() && line.charAt(close + 1) == '[') {
            int end = line.indexOf(']', close + 2);
            if (end > 0) {
                String label = line.substring(close + 2, end);
                String url = references.get(normalizeLabel(label.isBlank() ? text : label));
                return url == null ? null : new Link(text, url, open, end + 1);
            }
        }
        String url = references.get(normalizeLabel(text));
        return url == null ? null : new Link(text, url, open, close + 1);
    }

    /** The index of the bracket closing the one at {@code open}, nesting counted; -1 when it never closes. */
    private static int closing(String line, int open, char opening, char closing) {
        int depth = 0;
        for (int index = open; index < line.length(); index++) {
            char character = line.charAt(index);
            if (character == '\\') {
                index++;
            } else if (character == opening) {
                depth++;
            } else if (character == closing && --depth == 0) {
                return index;
            }
        }
        return -1;
    }

    private static String destination(String inside) {
        String url = inside.strip();
        if (url.startsWith("<") && url.contains(">")) {
            return url.substring(1, url.indexOf('>'));
        }
        // a title after the URL: (https://... "Title")
        int space = url.indexOf(' ');
        return space < 0 ? url : url.substring(0, space);
    }

    static String normalizeLabel(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Markdown and HTML taken off: emphasis, escapes, tags, entities; white space collapsed. */
    static String plain(String markdown) {
        String text = TAGS.matcher(markdown).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return StringEscapeUtils.unescapeHtml4(text).replaceAll("\\s+", " ").strip();
    }

    /** The line with every link replaced by its text. */
    static String withoutLinks(String line, List<Link> links) {
        StringBuilder text = new StringBuilder();
        int index = 0;
        for (Link link : links) {
            text.append(line, index, link.start()).append(link.text());
            index = link.end();
        }
        return text.append(line.substring(index)).toString();
    }
}

package dev.roundup.event.list;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the markdown of an events section (its heading, and the region sub-headings below it) into list lines.
 * A bullet indented by two columns or more under another is nested in it; a line that is no bullet continues the
 * bullet above it until a blank line. HTML comments (the template's example bullets) and code fences are no
 * content.
 */
final class EventListReader {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[*+-]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private EventListReader() {
    }

    static List<ListLine> read(String markdown) {
        List<ListLine> lines = new ArrayList<>();
        String[] rows = withoutComments(markdown).split("\n", -1);
        String region = null;
        boolean first = true;
        boolean fenced = false;
        Item item = null;
        for (int index = 0; index < rows.length; index++) {
            String row = rows[index];
            if (FENCE.matcher(row).find()) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher heading = HEADING.matcher(row);
            Matcher bullet = BULLET.matcher(row);
            if (heading.matches() && !row.isBlank()) {
                item = flush(item, lines);
                if (!first) {
                    region = MarkdownLinks.plain(MarkdownLinks.withoutLinks(heading.group(2),
                            MarkdownLinks.in(heading.group(2), java.util.Map.of())));
                }
                first = false;
            } else if (bullet.matches()) {
                int indent = bullet.group(1).replace("\t", "    ").length();
                if (item != null && indent >= item.indent + 2) {
                    item.nested.add(bullet.group(2).strip());
                    item.written.append('\n').append(row);
                } else {
                    flush(item, lines);
                    item = new Item(bullet.group(2).strip(), indent, region, index + 1, row);
                }
            } else if (row.isBlank()) {
                item = item == null ? null : item.blank();
            } else if (item != null && (!item.afterBlank || row.startsWith("  "))) {
                item.continueWith(row.strip());
            } else {
                item = flush(item, lines);
            }
        }
        flush(item, lines);
        return lines;
    }

    /** Comments blanked out, their line breaks kept, so that line numbers still match the text. */
    private static String withoutComments(String markdown) {
        Matcher comments = COMMENT.matcher(markdown);
        StringBuilder text = new StringBuilder();
        while (comments.find()) {
            comments.appendReplacement(text, Matcher.quoteReplacement(comments.group().replaceAll("[^\n]", "")));
        }
        comments.appendTail(text);
        return text.toString();
    }

    private static Item flush(Item item, List<ListLine> lines) {
        if (item != null) {
            lines.add(new ListLine(item.text.toString(), List.copyOf(item.nested), item.region, item.line,
                    item.written.toString()));
        }
        return null;
    }

    /** A bullet being read. */
    private static final class Item {
        final StringBuilder text;
        final int indent;
        final String region;
        final int line;
        final StringBuilder written;
        final List<String> nested = new ArrayList<>();
        boolean afterBlank;

        Item(String text, int indent, String region, int line, String written) {
            this.text = new StringBuilder(text);
            this.indent = indent;
            this.region = region;
            this.line = line;
            this.written = new StringBuilder(written);
        }

        Item blank() {
            afterBlank = true;
            return this;
        }

        void continueWith(String row) {
            if (nested.isEmpty()) {
                text.append(' ').append(row);
            } else {
                int last = nested.size() - 1;
                nested.set(last, nested.get(last) + " " + row);
            }
            written.append('\n').append(row);
        }
    }
}

package dev.roundup.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the markdown's HTML comments are, outside code fences. CommonMark already keeps a comment that opens a
 * line out of the content; one that opens after text on a line does not hide the bullets and headings of the
 * lines below it from the parser, so the importer asks here before it takes one.
 */
final class HtmlComments {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    /** Start (inclusive) and end (exclusive) offsets of each comment, in order. */
    private final List<int[]> ranges;

    private HtmlComments(List<int[]> ranges) {
        this.ranges = ranges;
    }

    static HtmlComments in(String text) {
        List<int[]> ranges = new ArrayList<>();
        if (!text.contains(OPEN)) {
            return new HtmlComments(ranges);
        }
        String fence = null;
        int commentStart = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (commentStart < 0 && fence == null && mayOpenFence(line) && FENCE.matcher(line).matches()) {
                fence = FENCE.matcher(line).replaceFirst("$1");
            } else if (fence != null) {
                if (closes(fence, line.strip())) {
                    fence = null;
                }
            } else {
                commentStart = scanLine(text, lineStart, lineEnd, commentStart, ranges);
            }
            lineStart = lineEnd + 1;
        }
        if (commentStart >= 0) {
            ranges.add(new int[]{ commentStart, text.length() });
        }
        return new HtmlComments(ranges);
    }

    private static boolean mayOpenFence(String line) {
        int index = 0;
        while (index < 3 && index < line.length() && line.charAt(index) == ' ') {
            index++;
        }
        return index < line.length() && (line.charAt(index) == '`' || line.charAt(index) == '~');
    }

    /** A closing fence: the opening's character only, at least as many of them. */
    private static boolean closes(String fence, String line) {
        char character = fence.charAt(0);
        return line.length() >= fence.length() && line.chars().allMatch(c -> c == character);
    }

    /** Finds the comments that open or close on one line; returns where an unclosed one opened, else -1. */
    private static int scanLine(String text, int from, int to, int openComment, List<int[]> ranges) {
        int position = from;
        int start = openComment;
        while (position < to) {
            if (start < 0) {
                int open = text.indexOf(OPEN, position);
                if (open < 0 || open >= to) {
                    return -1;
                }
                start = open;
                position = open + OPEN.length();
            } else {
                int close = text.indexOf(CLOSE, position);
                if (close < 0 || close >= to) {
                    return start;
                }
                ranges.add(new int[]{ start, close + CLOSE.length() });
                position = close + CLOSE.length();
                start = -1;
            }
        }
        return start;
    }

    /** Whether this offset lies inside a comment, after its opening {@code <!--}. */
    boolean hides(int offset) {
        for (int[] range : ranges) {
            if (offset > range[0] && offset < range[1]) {
                return true;
            }
            if (range[0] > offset) {
                return false;
            }
        }
        return false;
    }
}

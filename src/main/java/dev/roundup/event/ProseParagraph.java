package dev.roundup.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/** A paragraph of WIND prose as plain text, with where each link and each bold span stands in it. */
record ProseParagraph(String text, List<Span> links, List<Span> strongs) {

    /** A link (with its URL) or a bold span (without) and where its text stands. */
    record Span(String text, String url, int start, int end) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"\u201c(\\p{So}])");

    static ProseParagraph of(String html) {
        StringBuilder text = new StringBuilder();
        List<Span> links = new ArrayList<>();
        List<Span> strongs = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        int position = 0;
        String href = null;
        int linkStart = 0;
        int strongStart = -1;
        while (tag.find()) {
            text.append(StringEscapeUtils.unescapeHtml4(html.substring(position, tag.start())));
            position = tag.end();
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !tag.group(1).isEmpty();
            if (name.equals("a")) {
                if (!closing) {
                    Matcher url = HREF.matcher(tag.group(3));
                    href = url.find() ? StringEscapeUtils.unescapeHtml4(url.group(1)) : null;
                    linkStart = text.length();
                } else if (href != null) {
                    links.add(span(text, linkStart, href));
                    href = null;
                }
            } else if (name.equals("strong") || name.equals("b")) {
                if (!closing) {
                    strongStart = text.length();
                } else if (strongStart >= 0) {
                    strongs.add(span(text, strongStart, null));
                    strongStart = -1;
                }
            } else if (name.equals("br")) {
                text.append(' ');
            }
        }
        text.append(StringEscapeUtils.unescapeHtml4(html.substring(position)));
        return new ProseParagraph(text.toString().replace('\n', ' '), links, strongs);
    }

    private static Span span(StringBuilder text, int start, String url) {
        String inner = text.substring(start);
        int lead = inner.length() - inner.stripLeading().length();
        return new Span(inner.strip(), url, start + lead, start + lead + inner.strip().length());
    }

    List<int[]> sentences() {
        List<int[]> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            sentences.add(new int[]{ start, end.start() });
            start = end.end();
        }
        sentences.add(new int[]{ start, text.length() });
        return sentences;
    }

    List<Span> linksIn(int start, int end) {
        return links.stream().filter(link -> link.start() >= start && link.end() <= end).toList();
    }

    List<Span> strongsIn(int start, int end) {
        return strongs.stream().filter(strong -> strong.start() >= start && strong.end() <= end).toList();
    }
}

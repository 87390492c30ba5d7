package dev.roundup.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Hugo shortcodes are not markdown: a {@code relref} in a link destination holds spaces and quotes, which
 * CommonMark rejects, and a {@code youtube} line would render as literal braces. They are replaced before
 * parsing by tokens that CommonMark keeps intact, and put back wherever markdown is handed out. Every
 * replacement stays on its line, so line numbers of the parsed text are the file's.
 */
final class Shortcodes {

    static final String RELREF_SCHEME = "roundup-relref:";

    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*(/?[\\w.-]+)\\s*(.*?)\\s*[>%]}}");
    private static final Pattern QUOTED_OR_BARE = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final Pattern NAMED_ARGUMENT = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern RELREF_TOKEN = Pattern.compile(Pattern.quote(RELREF_SCHEME) + "\\d+");
    private static final Pattern HEADING_WITHOUT_SPACE = Pattern.compile("(?m)^( {0,3}#{1,2})(?=[.A-Z~])");

    private final Map<String, String> originals = new LinkedHashMap<>();
    private final Map<String, String> relrefTargets = new LinkedHashMap<>();

    /** The body with shortcodes replaced, line for line; {@code ##.NET} gets the space CommonMark needs. */
    String replaceIn(String body) {
        String text = HEADING_WITHOUT_SPACE.matcher(body).replaceAll("$1 ");
        Matcher matcher = SHORTCODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement = replacementFor(matcher, isAloneOnLine(text, matcher));
            originals.put(replacement, matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Markdown as the author wrote it: the tokens put back to their shortcodes. */
    String restore(String markdown) {
        if (originals.isEmpty()) {
            return markdown;
        }
        // relref tokens are matched whole: a plain replace of "roundup-relref:1" would eat the start of
        // "roundup-relref:12"
        String restored = RELREF_TOKEN.matcher(markdown)
                .replaceAll(token -> Matcher.quoteReplacement(originals.getOrDefault(token.group(), token.group())));
        for (Map.Entry<String, String> entry : originals.entrySet()) {
            if (!entry.getKey().startsWith(RELREF_SCHEME)) {
                restored = restored.replace(entry.getKey(), entry.getValue());
            }
        }
        return restored;
    }

    /** The target file of a relref token, as written ({@code 2020-04-05-some-post.md#part}). */
    Optional<String> relrefTarget(String destination) {
        return Optional.ofNullable(relrefTargets.get(destination));
    }

    private String replacementFor(Matcher matcher, boolean aloneOnLine) {
        String name = matcher.group(1);
        String arguments = matcher.group(2);
        int id = originals.size();
        if (name.equals("relref") || name.equals("ref")) {
            String token = RELREF_SCHEME + id;
            relrefTargets.put(token, firstArgument(arguments));
            return token;
        }
        if (!aloneOnLine) {
            return matcher.group();
        }
        return blockHtml(name, arguments, id);
    }

    private static String blockHtml(String name, String arguments, int id) {
        String marker = " data-shortcode-id=\"" + id + "\"";
        return switch (name) {
            case "youtube" ->
                "<div class=\"shortcode youtube\"" + marker + "><iframe src=\"https://www.youtube-nocookie.com/embed/"
                        + attribute(named(arguments, "id").orElse(firstArgument(arguments)))
                        + "\" allowfullscreen title=\"YouTube video\"></iframe></div>";
            case "figure" -> "<figure class=\"shortcode figure\"" + marker + "><img src=\""
                    + attribute(named(arguments, "src").orElse("")) + "\" alt=\""
                    + attribute(named(arguments, "alt").orElse(named(arguments, "title").orElse(""))) + "\">"
                    + named(arguments, "title")
                            .map(title -> "<figcaption>" + StringEscapeUtils.escapeHtml4(title) + "</figcaption>").orElse("")
                    + "</figure>";
            default -> "<div class=\"shortcode\"" + marker + " data-name=\"" + attribute(name) + "\" data-arguments=\""
                    + attribute(arguments) + "\"></div>";
        };
    }

    private static boolean isAloneOnLine(String text, Matcher matcher) {
        int lineStart = text.lastIndexOf('\n', matcher.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', matcher.end());
        String line = text.substring(lineStart, lineEnd == -1 ? text.length() : lineEnd);
        return line.strip().equals(matcher.group());
    }

    private static String firstArgument(String arguments) {
        Matcher matcher = QUOTED_OR_BARE.matcher(arguments);
        if (!matcher.find()) {
            return "";
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static Optional<String> named(String arguments, String key) {
        Matcher matcher = NAMED_ARGUMENT.matcher(arguments);
        while (matcher.find()) {
            if (matcher.group(1).equals(key)) {
                return Optional.of(matcher.group(2));
            }
        }
        return Optional.empty();
    }

    private static String attribute(String value) {
        return StringEscapeUtils.escapeHtml4(value);
    }
}

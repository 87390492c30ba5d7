package dev.roundup.importer;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A content file cut into its metadata and its markdown body. The metadata comes in the forms static site
 * generators write: YAML between {@code ---} lines (Hugo, Jekyll), TOML between {@code +++} lines (Hugo), a JSON
 * object at the top (Hugo), or {@code Key: value} header lines up to the first blank line (Pelican, MultiMarkdown).
 * A file with none of them is all body.
 *
 * @param format how the metadata is written
 * @param frontMatter the metadata's text, without its fences; empty for {@link MetadataFormat#NONE}
 * @param frontMatterLine the file line (1-based) of the first metadata line
 * @param body the markdown after the metadata
 * @param bodyLine the file line (1-based) of the first body line
 */
public record SourceDocument(MetadataFormat format, String frontMatter, int frontMatterLine, String body,
        int bodyLine) {

    private static final String YAML_FENCE = "---";
    private static final String TOML_FENCE = "+++";

    /** A YAML document as before the other forms: the tests and the editorial API build these. */
    public SourceDocument(String frontMatter, int frontMatterLine, String body, int bodyLine) {
        this(MetadataFormat.YAML, frontMatter, frontMatterLine, body, bodyLine);
    }

    public static SourceDocument split(String text) throws ContentException {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = withoutBom.replace("\r\n", "\n").split("\n", -1);
        int open = firstNonBlank(lines);
        if (open == lines.length) {
            return new SourceDocument(MetadataFormat.NONE, "", 1, String.join("\n", lines), 1);
        }
        String first = lines[open].strip();
        if (first.equals(YAML_FENCE)) {
            return fenced(MetadataFormat.YAML, lines, open, YAML_FENCE, "...");
        }
        if (first.equals(TOML_FENCE)) {
            return fenced(MetadataFormat.TOML, lines, open, TOML_FENCE, TOML_FENCE);
        }
        if (first.startsWith("{")) {
            return json(lines, open);
        }
        int headerEnd = HeaderBlock.end(lines, open);
        if (headerEnd > open) {
            return new SourceDocument(MetadataFormat.HEADERS, join(lines, open, headerEnd), open + 1,
                    join(lines, headerEnd, lines.length), headerEnd + 1);
        }
        return new SourceDocument(MetadataFormat.NONE, "", open + 1, String.join("\n", lines), 1);
    }

    private static SourceDocument fenced(MetadataFormat format, String[] lines, int open, String fence,
            String alternativeClose) throws ContentException {
        int close = closingFence(lines, open + 1, fence, alternativeClose);
        if (close == -1) {
            throw new ContentException(open + 1, "the front matter opened at this line is never closed with '"
                    + fence + "'");
        }
        return new SourceDocument(format, join(lines, open + 1, close), open + 2, join(lines, close + 1, lines.length),
                close + 2);
    }

    /** Hugo's JSON front matter: one object, whose closing brace ends the metadata. */
    private static SourceDocument json(String[] lines, int open) throws ContentException {
        String rest = join(lines, open, lines.length);
        int end = JsonObjectEnd.of(rest);
        if (end < 0) {
            throw new ContentException(open + 1, "the JSON front matter opened at this line is never closed with '}'");
        }
        int closeLine = open + (int) rest.substring(0, end).chars().filter(c -> c == '\n').count();
        int column = end - rest.lastIndexOf('\n', end) - 1;
        String afterBrace = lines[closeLine].substring(column + 1);
        String body = (afterBrace.isBlank() ? "" : afterBrace.strip() + "\n") + join(lines, closeLine + 1, lines.length);
        return new SourceDocument(MetadataFormat.JSON, rest.substring(0, end + 1), open + 1, body, closeLine + 2);
    }

    private static int firstNonBlank(String[] lines) {
        int index = 0;
        while (index < lines.length && lines[index].isBlank()) {
            index++;
        }
        return index;
    }

    private static int closingFence(String[] lines, int from, String fence, String alternative) {
        for (int index = from; index < lines.length; index++) {
            String line = lines[index].stripTrailing();
            if (line.equals(fence) || line.equals(alternative)) {
                return index;
            }
        }
        return -1;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from, to));
    }

    /** Where a JSON object that starts the text ends: the index of its closing brace, strings skipped; -1 if never. */
    static final class JsonObjectEnd {
        private static final Pattern OPEN = Pattern.compile("^\\s*\\{");

        private JsonObjectEnd() {
        }

        static int of(String text) {
            if (!OPEN.matcher(text).find()) {
                return -1;
            }
            int depth = 0;
            boolean inString = false;
            for (int index = 0; index < text.length(); index++) {
                char character = text.charAt(index);
                if (inString) {
                    if (character == '\\') {
                        index++;
                    } else if (character == '"') {
                        inString = false;
                    }
                } else if (character == '"') {
                    inString = true;
                } else if (character == '{') {
                    depth++;
                } else if (character == '}' && --depth == 0) {
                    return index;
                }
            }
            return -1;
        }
    }
}

package dev.roundup.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Pelican's and MultiMarkdown's metadata: {@code Key: value} lines at the top of the file, up to the first blank line;
 * a line indented under a key continues its value. Keys are case-insensitive and kept lower case. One real file
 * has a blank line inside its header, so after a single blank line a line with a known key still belongs to it.
 */
final class HeaderBlock {

    // Python-Markdown's meta syntax: a key of letters, digits, '_' and '-', a colon, the value
    private static final Pattern KEY_VALUE = Pattern.compile("^ {0,3}([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t]+(.*)|[ \\t]*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^(?: {2,}|\\t)\\S.*$");
    static final Set<String> KNOWN_KEYS = Set.of("title", "date", "number", "issue", "category", "categories", "tags",
            "tag", "slug", "author", "authors", "summary", "description", "modified", "status", "lang", "keywords",
            "image", "thumbnail", "draft", "subtitle", "series", "template", "save_as", "url");
    /** Keys whose value is a comma-separated list in these headers. */
    private static final Set<String> LISTS = Set.of("tags", "tag", "keywords", "authors", "categories");

    private HeaderBlock() {
    }

    /**
     * The index of the first line after the header that starts at {@code open}, or {@code open} itself when the
     * lines there are no header: a header needs one known key, so that a body opening with "Note: ..." stays body.
     */
    static int end(String[] lines, int open) {
        int index = open;
        boolean known = false;
        boolean previousWasKey = false;
        while (index < lines.length) {
            String line = lines[index];
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (keyValue.matches()) {
                known |= isKnown(keyValue.group(1));
                previousWasKey = true;
                index++;
            } else if (previousWasKey && CONTINUATION.matcher(line).matches()) {
                index++;
            } else if (line.isBlank() && index + 1 < lines.length && index > open && knownKeyLine(lines[index + 1])) {
                // a single blank line inside the header, followed by more of it
                previousWasKey = false;
                index++;
            } else {
                break;
            }
        }
        return known ? index : open;
    }

    /** The header's keys (lower case) and values; a repeated key keeps its last value, as in the other forms. */
    static ObjectNode parse(String header) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (String line : header.split("\n", -1)) {
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (keyValue.matches()) {
                put(root, key, value);
                key = keyValue.group(1).toLowerCase(Locale.ROOT);
                value = new StringBuilder(keyValue.group(2) == null ? "" : keyValue.group(2).strip());
            } else if (key != null && !line.isBlank()) {
                value.append(value.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        put(root, key, value);
        return root;
    }

    private static void put(ObjectNode root, String key, StringBuilder value) {
        if (key == null) {
            return;
        }
        String text = value.toString().strip();
        if (!LISTS.contains(key)) {
            root.put(key, text);
            return;
        }
        ArrayNode items = root.putArray(key);
        Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add);
    }

    private static boolean knownKeyLine(String line) {
        Matcher keyValue = KEY_VALUE.matcher(line);
        return keyValue.matches() && isKnown(keyValue.group(1));
    }

    private static boolean isKnown(String key) {
        return KNOWN_KEYS.contains(key.toLowerCase(Locale.ROOT));
    }
}

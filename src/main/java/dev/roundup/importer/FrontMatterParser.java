package dev.roundup.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads Hugo's YAML front matter with Jackson YAML; a repeated key keeps its last value, as in Hugo. */
public final class FrontMatterParser {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SPACED_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ XX][ XXX]");
    // a key or list item whose quoted value does not close on its own line
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("^\\s*(?:-\\s+|[^:#\"']+:\\s+)(?:\"[^\"]*|'[^']*)$");

    public FrontMatter parse(SourceDocument document) throws ContentException {
        ObjectNode root = readTree(document);
        return new FrontMatter(
                text(root, "title").map(StringEscapeUtils::unescapeHtml4),
                text(root, "author"),
                date(root, document.frontMatterLine()),
                text(root, "slug"),
                bool(root, "draft"),
                list(root, "tags"),
                list(root, "categories"),
                list(root, "keywords"),
                text(root, "description"),
                text(root, "image"),
                text(root, "thumbnail"),
                toJson(root));
    }

    private static ObjectNode readTree(SourceDocument document) throws ContentException {
        if (document.frontMatter().isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = YAML.readTree(document.frontMatter());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new ContentException(document.frontMatterLine(), "the front matter is not a YAML mapping");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new ContentException(errorLine(document, e.getLocation()),
                    "invalid YAML front matter: " + e.getOriginalMessage());
        }
    }

    /**
     * YAML notices an unclosed quote only where the next quote closes it, often lines later; the author needs
     * the line that opened it, so an unclosed quote above the reported line is named instead.
     */
    private static int errorLine(SourceDocument document, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return document.frontMatterLine();
        }
        String[] lines = document.frontMatter().split("\n", -1);
        int reported = Math.min(location.getLineNr(), lines.length);
        for (int index = 0; index < reported - 1; index++) {
            if (UNCLOSED_QUOTE.matcher(lines[index]).matches()) {
                return document.frontMatterLine() + index;
            }
        }
        return document.frontMatterLine() + location.getLineNr() - 1;
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String value = node.asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static boolean bool(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && (node.asBoolean(false) || node.asText().equalsIgnoreCase("true"));
    }

    /** A list in block or flow style, or a single scalar; empty and null entries are dropped. */
    private static List<String> list(JsonNode root, String field) {
        JsonNode node = root.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> addIfPresent(values, item));
        } else {
            addIfPresent(values, node);
        }
        return values;
    }

    private static void addIfPresent(List<String> values, JsonNode item) {
        if (item != null && !item.isNull() && !item.isContainerNode() && !item.asText().isBlank()) {
            values.add(item.asText().strip());
        }
    }

    private static Optional<OffsetDateTime> date(JsonNode root, int line) throws ContentException {
        Optional<String> value = text(root, "date");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parseDate(value.get(), line));
    }

    static OffsetDateTime parseDate(String value, int line) throws ContentException {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notIsoWithOffset) {
            // Hugo accepts local date-times and plain dates; both are read as UTC
        }
        try {
            return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            return parseSpaced(value);
        } catch (DateTimeParseException e) {
            throw new ContentException(line, "the date '" + value + "' is not an ISO 8601 date");
        }
    }

    private static OffsetDateTime parseSpaced(String value) {
        var parsed = SPACED_DATE_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offset ? offset : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    }

    private static String toJson(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree always serialises to JSON", e);
        }
    }
}

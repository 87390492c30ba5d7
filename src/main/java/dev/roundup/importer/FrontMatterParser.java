package dev.roundup.importer;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a file's metadata, in any {@link MetadataFormat}, into the fields the model knows: YAML with Jackson YAML
 * (a repeated key keeps its last value, as in Hugo), TOML with Jackson TOML, JSON with Jackson, headers with
 * {@link HeaderBlock}. Keys are matched case-insensitively and Pelican's names are understood ({@code category},
 * {@code summary}, {@code status: draft}); the whole tree is kept as JSON.
 */
public final class FrontMatterParser {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final TomlMapper TOML = new TomlMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    // a key or list item whose quoted value does not close on its own line
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("^\\s*(?:-\\s+|[^:#\"']+:\\s+)(?:\"[^\"]*|'[^']*)$");
    private static final Pattern DIGITS = Pattern.compile("#?\\s*(\\d{1,9})");

    private final ZoneId zone;

    /** Dates without an offset are read in UTC. */
    public FrontMatterParser() {
        this(ZoneOffset.UTC);
    }

    /** @param zone the site's zone, in which dates without an offset are read */
    public FrontMatterParser(ZoneId zone) {
        this.zone = zone;
    }

    public FrontMatter parse(SourceDocument document) throws ContentException {
        ObjectNode root = readTree(document);
        Map<String, JsonNode> fields = MetadataFields.byLowerCaseKey(root);
        return new FrontMatter(
                MetadataFields.text(fields, "title").map(StringEscapeUtils::unescapeHtml4),
                MetadataFields.text(fields, "author").or(() -> MetadataFields.first(fields, "authors")),
                date(fields, document.frontMatterLine()),
                MetadataFields.text(fields, "slug"),
                draft(fields),
                MetadataFields.list(fields, "tags"),
                categories(fields),
                MetadataFields.list(fields, "keywords"),
                MetadataFields.text(fields, "description").or(() -> MetadataFields.text(fields, "summary")),
                MetadataFields.text(fields, "image"),
                MetadataFields.text(fields, "thumbnail"),
                number(fields),
                toJson(root));
    }

    private static ObjectNode readTree(SourceDocument document) throws ContentException {
        if (document.format() == MetadataFormat.NONE || document.frontMatter().isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (document.format() == MetadataFormat.HEADERS) {
            return HeaderBlock.parse(document.frontMatter());
        }
        try {
            JsonNode node = mapper(document.format()).readTree(document.frontMatter());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new ContentException(document.frontMatterLine(), "the front matter is not a "
                        + document.format() + " mapping");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new ContentException(errorLine(document, e.getLocation()),
                    "invalid " + document.format() + " front matter: " + e.getOriginalMessage());
        }
    }

    private static ObjectMapper mapper(MetadataFormat format) {
        return switch (format) {
            case TOML -> TOML;
            case JSON -> JSON;
            default -> YAML;
        };
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
        if (document.format() == MetadataFormat.YAML) {
            for (int index = 0; index < reported - 1; index++) {
                if (UNCLOSED_QUOTE.matcher(lines[index]).matches()) {
                    return document.frontMatterLine() + index;
                }
            }
        }
        return document.frontMatterLine() + location.getLineNr() - 1;
    }

    private static boolean draft(Map<String, JsonNode> fields) {
        JsonNode node = fields.get("draft");
        boolean draft = node != null && (node.asBoolean(false) || node.asText().equalsIgnoreCase("true"));
        // Pelican: Status: draft (or hidden, which is not listed either)
        Optional<String> status = MetadataFields.text(fields, "status").map(value -> value.toLowerCase(Locale.ROOT));
        return draft || status.filter(value -> value.equals("draft") || value.equals("hidden")).isPresent();
    }

    /** Hugo's {@code categories}, or Pelican's single {@code category}. */
    private static List<String> categories(Map<String, JsonNode> fields) {
        List<String> categories = new ArrayList<>(MetadataFields.list(fields, "categories"));
        MetadataFields.text(fields, "category").filter(category -> !categories.contains(category))
                .ifPresent(categories::add);
        return categories;
    }

    /** The issue number: a {@code number} (or {@code issue}) key holding a whole number, {@code #42} included. */
    private static Optional<Integer> number(Map<String, JsonNode> fields) {
        for (String key : List.of("number", "issue")) {
            var matcher = DIGITS.matcher(MetadataFields.text(fields, key).orElse(""));
            if (matcher.matches()) {
                return Optional.of(Integer.parseInt(matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    private Optional<OffsetDateTime> date(Map<String, JsonNode> fields, int line) throws ContentException {
        Optional<String> value = MetadataFields.text(fields, "date");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PostDates.parse(value.get(), zone, line));
    }

    /** Reads a date as the metadata would, in UTC when it has no offset. */
    static OffsetDateTime parseDate(String value, int line) throws ContentException {
        return PostDates.parse(value, ZoneOffset.UTC, line);
    }

    private static String toJson(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a metadata tree always serialises to JSON", e);
        }
    }
}

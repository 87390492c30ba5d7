package dev.roundup.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Typed reads of a metadata tree's top-level fields, by key in any case (Hugo writes title, Pelican Title). */
final class MetadataFields {

    private MetadataFields() {
    }

    /** The fields by lower-case key; of two keys that differ only in case, the later one wins, as a repeated key. */
    static Map<String, JsonNode> byLowerCaseKey(ObjectNode root) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        root.fields().forEachRemaining(field -> fields.put(field.getKey().toLowerCase(Locale.ROOT), field.getValue()));
        return fields;
    }

    static Optional<String> text(Map<String, JsonNode> fields, String key) {
        JsonNode node = fields.get(key);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String value = node.asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The first entry of a list, or the value itself. */
    static Optional<String> first(Map<String, JsonNode> fields, String key) {
        return list(fields, key).stream().findFirst();
    }

    /** A list in block or flow style, or a single scalar; empty and null entries are dropped. */
    static List<String> list(Map<String, JsonNode> fields, String key) {
        JsonNode node = fields.get(key);
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
}

package dev.roundup.editorial;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;

/**
 * A JSON merge patch (RFC 7396) of a post's front matter fields and body. Only the fields below may be
 * patched; {@code null} removes an optional field. The post's other front matter keys are kept as written.
 */
final class PostPatch {

    enum Kind {
        TEXT, LIST, BOOLEAN
    }

    static final Map<String, Kind> FIELDS = Map.ofEntries(Map.entry("title", Kind.TEXT), Map.entry("date", Kind.TEXT),
            Map.entry("draft", Kind.BOOLEAN), Map.entry("author", Kind.TEXT), Map.entry("description", Kind.TEXT),
            Map.entry("tags", Kind.LIST), Map.entry("categories", Kind.LIST), Map.entry("keywords", Kind.LIST),
            Map.entry("image", Kind.TEXT), Map.entry("thumbnail", Kind.TEXT), Map.entry("body", Kind.TEXT));
    private static final Set<String> REQUIRED = Set.of("title", "body");

    private PostPatch() {
    }

    /** Applies the patch to the stored front matter and body; the result still has to pass validation. */
    static Merged apply(JsonNode patch, ObjectNode frontMatter, String body) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("body",
                    "a merge patch is a JSON object of the fields to change")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        ObjectNode merged = frontMatter.deepCopy();
        String mergedBody = body;
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            Kind kind = FIELDS.get(name);
            if (kind == null) {
                errors.add(new Problem.FieldError(name,
                        "cannot be patched; patchable: " + new java.util.TreeSet<>(FIELDS.keySet())));
            } else if (value.isNull() && REQUIRED.contains(name)) {
                errors.add(new Problem.FieldError(name, "cannot be removed"));
            } else if (!value.isNull() && !fits(kind, value)) {
                errors.add(new Problem.FieldError(name, "must be " + describe(kind)));
            } else if (name.equals("body")) {
                mergedBody = value.asText();
            } else if (value.isNull()) {
                merged.remove(name);
            } else {
                merged.set(name, value);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new Merged(merged, mergedBody);
    }

    /** The merged fields as a request, for the same validation a create gets. */
    static PostRequest asRequest(Merged merged, JsonNode patch) {
        ObjectNode node = merged.frontMatter();
        // Hugo reads more date spellings than the API takes: a stored date is checked only when patched.
        String date = patch.has("date") ? text(node, "date") : null;
        return new PostRequest(null, text(node, "title"), date,
                node.path("draft").asBoolean(false), text(node, "author"), text(node, "description"), list(node, "tags"),
                list(node, "categories"), list(node, "keywords"), text(node, "image"), text(node, "thumbnail"),
                merged.body());
    }

    record Merged(ObjectNode frontMatter, String body) {
    }

    private static boolean fits(Kind kind, JsonNode value) {
        switch (kind) {
            case TEXT :
                return value.isTextual();
            case BOOLEAN :
                return value.isBoolean();
            default :
                if (!value.isArray()) {
                    return false;
                }
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        return false;
                    }
                }
                return true;
        }
    }

    private static String describe(Kind kind) {
        switch (kind) {
            case TEXT :
                return "a string";
            case BOOLEAN :
                return "true or false";
            default :
                return "an array of strings";
        }
    }

    // Stored front matter came from YAML: a scalar where a list is expected is a one-item list, as Hugo reads it.
    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static List<String> list(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> items.add(item.isContainerNode() ? item.toString() : item.asText()));
        } else {
            items.add(value.asText());
        }
        return items;
    }

}

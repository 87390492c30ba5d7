package dev.roundup.common.http;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Paged;

/** {@code fields=slug,title,date}: only the named top-level fields of each item go out. */
@ApplicationScoped
public class SparseFields {

    @Inject
    ObjectMapper mapper;

    /**
     * The page as it is, or as JSON with each item cut down to the fields asked for. Members an item has beyond its
     * type (the status of an editor's preview) stay.
     */
    public Object apply(Paged page, String fields, Class<?> itemType) {
        Set<String> selected = parse(fields, itemType);
        Set<String> onRequest = onRequest(itemType);
        if (selected.isEmpty() && onRequest.isEmpty()) {
            return page;
        }
        Set<String> known = names(itemType);
        ObjectNode body = mapper.valueToTree(page);
        ArrayNode items = (ArrayNode) body.get("items");
        if (selected.isEmpty()) {
            items.forEach(item -> ((ObjectNode) item).remove(onRequest));
        } else {
            items.forEach(item -> ((ObjectNode) item).retain(kept(item, selected, known)));
        }
        return body;
    }

    /** Whether a page of this type is shaped even without {@code fields=}: it has fields that go out on request. */
    public boolean shapes(Class<?> itemType) {
        return !onRequest(itemType).isEmpty();
    }

    private static Set<String> onRequest(Class<?> type) {
        return ON_REQUEST.get(type);
    }

    private static final ClassValue<Set<String>> ON_REQUEST = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Set.of();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(OnRequest.class)).map(RecordComponent::getName)
                    .collect(Collectors.toUnmodifiableSet());
        }
    };

    private static Set<String> kept(JsonNode item, Set<String> selected, Set<String> known) {
        Set<String> kept = new LinkedHashSet<>(selected);
        item.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                kept.add(name);
            }
        });
        return kept;
    }

    /** One resource, whole or cut down to the fields asked for. */
    public Object apply(Record resource, String fields) {
        Set<String> selected = parse(fields, resource.getClass());
        if (selected.isEmpty()) {
            return resource;
        }
        JsonNode node = mapper.valueToTree(resource);
        return ((ObjectNode) node).retain(selected);
    }

    private static Set<String> parse(String fields, Class<?> type) {
        if (fields == null || fields.isBlank()) {
            return Set.of();
        }
        Set<String> known = names(type);
        Set<String> selected = new LinkedHashSet<>();
        for (String field : fields.split(",")) {
            String name = field.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                throw new InvalidParameterException("fields", "unknown field '" + abbreviate(name) + "'; known: " + known);
            }
            selected.add(name);
        }
        return selected;
    }

    private static Set<String> names(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String abbreviate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }
}

package dev.roundup.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON text of the array and jsonb columns {@link PostRows} binds: unnest takes one text value per row. */
final class RowJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RowJson() {
    }

    static String of(List<String> values) {
        return write(values);
    }

    /** The nested bullets as the API shows them: absent title, URL and labels left out. */
    static String subItems(List<ParsedSubItem> subItems) {
        if (subItems.isEmpty()) {
            return "[]";
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (ParsedSubItem subItem : subItems) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("depth", subItem.depth());
            subItem.title().ifPresent(title -> item.put("title", title));
            subItem.url().ifPresent(url -> item.put("url", url));
            if (!subItem.labels().isEmpty()) {
                item.put("labels", subItem.labels());
            }
            item.put("text", subItem.text());
            items.add(item);
        }
        return write(items);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and maps of strings and numbers are always JSON", e);
        }
    }
}

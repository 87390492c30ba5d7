package dev.roundup.link;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the parts of a link item that the importer stores as arrays and JSON: its labels, its nested bullets and
 * its section path (the section's {@code path} and {@code heading_path}, side by side).
 */
public final class LinkItemParts {

    /** The columns these reads expect, over the aliases {@code l} (link_item) and {@code s} (its section). */
    public static final String COLUMNS =
            "l.labels, l.sub_items, s.path as section_path, s.heading_path as section_heading_path";

    private static final TypeReference<List<LinkItemView.SubItem>> SUB_ITEMS = new TypeReference<>() {
    };

    private LinkItemParts() {
    }

    public static List<String> labels(ResultSet row) throws SQLException {
        return strings(row, "labels");
    }

    public static List<LinkItemView.SubItem> subItems(ResultSet row, ObjectMapper mapper) throws SQLException {
        String json = row.getString("sub_items");
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            return mapper.readValue(json, SUB_ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the importer writes sub-items as a JSON array of objects", e);
        }
    }

    /** From the top-level section down to the item's own. */
    public static List<LinkSummary.SectionRef> sectionPath(ResultSet row) throws SQLException {
        List<String> slugs = strings(row, "section_path");
        List<String> headings = strings(row, "section_heading_path");
        List<LinkSummary.SectionRef> path = new ArrayList<>();
        for (int index = 0; index < Math.min(slugs.size(), headings.size()); index++) {
            path.add(new LinkSummary.SectionRef(headings.get(index), slugs.get(index)));
        }
        return path;
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

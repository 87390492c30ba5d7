package dev.roundup.common.db;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, with its parameters in order. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    public Where and(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public List<Object> parameters() {
        return List.copyOf(parameters);
    }
}

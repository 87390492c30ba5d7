package dev.roundup.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Parameters;

/** What a search result can be; each type is one branch of the search statement ({@link SearchQueries}). */
public enum SearchType {
    POST, LINK, EVENT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Set<SearchType> parse(List<String> values) {
        if (values == null || values.stream().allMatch(value -> value == null || value.isBlank())) {
            return EnumSet.allOf(SearchType.class);
        }
        EnumSet<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String value : values) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                if (!part.isBlank()) {
                    types.add(of(part.strip()));
                }
            }
        }
        return types;
    }

    private static SearchType of(String value) {
        return Arrays.stream(values()).filter(type -> type.value().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("type", "type must be one of "
                        + Arrays.stream(values()).map(SearchType::value).collect(Collectors.joining(", "))
                        + ", got '" + Parameters.abbreviate(value) + "'"));
    }
}

package dev.roundup.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.roundup.common.Slugs;

/**
 * The alias mapping as rules, independent of the database: which canonical topic a raw heading slug belongs to.
 * A topic's own slug always belongs to it; then an exact alias; then the most specific wildcard (the most
 * characters besides {@code *}), ties going to the topic that sorts first, so the answer never depends on the
 * order of the configuration.
 */
final class AliasRules {

    private final Map<String, String> exact = new HashMap<>();
    private final List<Wildcard> wildcards = new ArrayList<>();

    private record Wildcard(String topic, String pattern, Pattern regex, int literalLength) {
    }

    AliasRules(Map<String, List<String>> aliases) {
        List<String> topics = aliases.keySet().stream().map(Slugs::of).filter(slug -> !slug.isEmpty()).sorted().toList();
        topics.forEach(topic -> exact.put(topic, topic));
        aliases.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String topic = Slugs.of(entry.getKey());
            for (String raw : entry.getValue()) {
                String alias = raw.strip().toLowerCase(Locale.ROOT);
                if (alias.isEmpty() || topic.isEmpty()) {
                    continue;
                }
                if (alias.contains("*")) {
                    wildcards.add(new Wildcard(topic, alias, regex(alias), alias.replace("*", "").length()));
                } else {
                    exact.putIfAbsent(Slugs.of(alias), topic);
                }
            }
        });
        wildcards.sort(Comparator.comparingInt(Wildcard::literalLength).reversed().thenComparing(Wildcard::topic));
    }

    /** The canonical topic of a raw heading slug: itself when no alias claims it. */
    String topicOf(String rawSlug) {
        String direct = exact.get(rawSlug);
        if (direct != null) {
            return direct;
        }
        for (Wildcard wildcard : wildcards) {
            if (wildcard.regex().matcher(rawSlug).matches()) {
                return wildcard.topic();
            }
        }
        return rawSlug;
    }

    /** The configured slugs of a topic that need no database to be known: its own and its exact aliases. */
    List<String> exactSlugs(String topic) {
        return exact.entrySet().stream().filter(entry -> entry.getValue().equals(topic)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static Pattern regex(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }
}

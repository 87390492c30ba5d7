package dev.roundup.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which headings make a section of a special kind (WIND, Finally, events), by heading slug patterns
 * ({@code roundup.sections.kinds.*}; {@code *} matches any run of characters). Any other section holds links or
 * other content, as its link items say. Patterns are tried in the order WIND, Finally, events.
 */
public final class SectionKindRules {

    private static final List<SectionKind> ORDER = List.of(SectionKind.WIND, SectionKind.FINALLY, SectionKind.EVENTS);

    private final Map<SectionKind, List<Pattern>> patterns = new EnumMap<>(SectionKind.class);

    public SectionKindRules(Map<SectionKind, List<String>> patternsByKind) {
        patternsByKind.forEach((kind, written) -> {
            List<Pattern> compiled = new ArrayList<>();
            written.stream().map(pattern -> pattern.strip().toLowerCase(Locale.ROOT)).filter(pattern -> !pattern.isEmpty())
                    .map(SectionKindRules::regex).forEach(compiled::add);
            patterns.put(kind, compiled);
        });
    }

    /** The rules of a site's configuration. */
    public static SectionKindRules of(SectionsConfig.Kinds kinds) {
        Map<SectionKind, List<String>> patterns = new EnumMap<>(SectionKind.class);
        patterns.put(SectionKind.WIND, kinds.wind().orElse(List.of()));
        patterns.put(SectionKind.FINALLY, kinds.closing().orElse(List.of()));
        patterns.put(SectionKind.EVENTS, kinds.events());
        return new SectionKindRules(patterns);
    }

    /** The special kind a heading slug makes, if any. */
    public Optional<SectionKind> kindOf(String slug) {
        for (SectionKind kind : ORDER) {
            for (Pattern pattern : patterns.getOrDefault(kind, List.of())) {
                if (pattern.matcher(slug).matches()) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern regex(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }
}

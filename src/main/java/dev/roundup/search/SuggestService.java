package dev.roundup.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Suggestions while typing. The words of the query must all be in a title or an event's name (weight A of the
 * search vectors),
 * the last one as a prefix ({@code kafk:*A}); the tsquery is built from letters and digits only, so no input
 * can make it malformed (SuggestQueries runs it).
 */
@ApplicationScoped
public class SuggestService {

    static final int MAX_SIZE = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    SuggestQueries queries;

    public Suggestions suggest(String q, int size) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(q.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        if (words.isEmpty()) {
            return new Suggestions(q, List.of(), List.of());
        }
        String tsquery = words.stream().limit(words.size() - 1L).map(word -> word + ":A")
                .collect(Collectors.joining(" & ")) + (words.size() > 1 ? " & " : "") + words.get(words.size() - 1) + ":*A";
        return new Suggestions(q, queries.titles(tsquery, size), queries.tags(String.join(" ", words), size));
    }

}

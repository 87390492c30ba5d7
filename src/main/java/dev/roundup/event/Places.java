package dev.roundup.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cities and countries a text names, from a small gazetteer (resources/places): a place is a known name, written
 * as a name (capitalised, whole words), never any capitalised word after "in".
 */
final class Places {

    /** A place named in a text, where it stands. */
    record Place(String name, String country, boolean city, int start, int end) {
    }

    private record Entry(String name, String country, boolean city) {
    }

    private static final List<Entry> ENTRIES = load();
    // longest names first, so that "Cape Town" wins over a shorter name inside it
    private static final Pattern NAMES = Pattern.compile("(?<![\\p{L}\\p{N}])(" + ENTRIES.stream()
            .map(Entry::name).sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");

    private Places() {
    }

    /** Every place the text names, in order. */
    static List<Place> in(String text) {
        List<Place> places = new ArrayList<>();
        Matcher matcher = NAMES.matcher(text);
        while (matcher.find()) {
            Entry entry = entry(matcher.group(1));
            places.add(new Place(entry.name(), entry.country(), entry.city(), matcher.start(), matcher.end()));
        }
        return places;
    }

    /** The cities the text names, in order. */
    static List<Place> citiesIn(String text) {
        return in(text).stream().filter(Place::city).toList();
    }

    private static Entry entry(String name) {
        return ENTRIES.stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        read("/places/cities.txt", true, entries);
        read("/places/countries.txt", false, entries);
        return List.copyOf(entries);
    }

    private static void read(String resource, boolean city, List<Entry> entries) {
        try (InputStream in = Places.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\\|");
                entries.add(new Entry(parts[0].strip(), parts[1].strip(), city));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the gazetteer " + resource + " is part of the build", e);
        }
    }
}

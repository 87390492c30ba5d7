package dev.roundup.event.list;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of an event line: {@code Virtual}, {@code Virtual (City, ST, CC)}, {@code Hybrid (City, CC)},
 * {@code City, ST, CC}, {@code Online}. The parts keep their spelling; ISO codes are added where the text gives a
 * country (a two-letter code, or a country's English name): {@code UK} is {@code GB}, a state beside a country is
 * its ISO 3166-2 code ({@code US-WA}). The mode is the one written; a place without one is left to the reader.
 */
final class Places {

    /** A place as read; every part may be null. {@code written} is the text it was read from. */
    record Place(String written, String mode, String city, String region, String regionCode, String country,
            String countryCode) {

        static final Place NONE = new Place(null, null, null, null, null, null, null);
    }

    static final String VIRTUAL = "virtual";
    static final String HYBRID = "hybrid";
    static final String IN_PERSON = "in-person";

    private static final Pattern MODE = Pattern.compile(
            "^(virtual|online|remote|hybrid|in[- ]person)\\b\\s*(?:[-:,]\\s*)?(?:\\((.*)\\)|(.*))$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CODE = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern REGION = Pattern.compile("^[A-Z]{2,3}$");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Map<String, String> ALIASES = Map.of("UK", "GB", "EL", "GR", "USA", "US");
    private static final Map<String, String> BY_NAME = byName();

    private Places() {
    }

    /** The place a text names, when it reads as one: a mode, or parts that end in a country. */
    static Optional<Place> read(String text) {
        String written = text.strip();
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Matcher mode = MODE.matcher(written);
        if (mode.matches()) {
            String kind = modeOf(mode.group(1));
            String inner = mode.group(2) != null ? mode.group(2) : mode.group(3);
            Place place = inner == null || inner.isBlank() ? Place.NONE : parts(written, inner);
            return Optional.of(new Place(written, kind, place.city(), place.region(), place.regionCode(), place.country(),
                    place.countryCode()));
        }
        Place place = parts(written, written);
        return place.countryCode() == null ? Optional.empty() : Optional.of(place);
    }

    /**
     * A place written without a mode, in a slot that holds a place (between the date and the title): any city,
     * a country code when it ends in one.
     */
    static Place inSlot(String text) {
        return read(text).orElseGet(() -> {
            Place place = parts(text.strip(), text.strip());
            return place.city() == null ? Place.NONE : place;
        });
    }

    private static Place parts(String written, String inner) {
        List<String> parts = List.of(inner.split("\\s*,\\s*")).stream().map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        if (parts.isEmpty()) {
            return Place.NONE;
        }
        String city = parts.get(0);
        String region = null;
        String country = null;
        if (parts.size() >= 3) {
            region = parts.get(parts.size() - 2);
            country = parts.get(parts.size() - 1);
        } else if (parts.size() == 2) {
            country = parts.get(1);
        }
        String countryCode = country == null ? null : countryCode(country);
        if (country != null && countryCode == null && parts.size() == 2 && REGION.matcher(country).matches()) {
            // "Seattle, WA": a state, not a country
            region = country;
            country = null;
        }
        String regionCode = region != null && countryCode != null && REGION.matcher(region).matches()
                ? countryCode + "-" + region
                : null;
        return new Place(written, null, city, region, regionCode, country, countryCode);
    }

    /** The ISO 3166-1 code of a country as written, when it is one. */
    static String countryCode(String country) {
        String upper = country.strip().toUpperCase(Locale.ROOT);
        if (ALIASES.containsKey(upper)) {
            return ALIASES.get(upper);
        }
        if (CODE.matcher(country.strip()).matches() && ISO.contains(upper)) {
            return upper;
        }
        return BY_NAME.get(country.strip().toLowerCase(Locale.ROOT));
    }

    private static String modeOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(HYBRID)) {
            return HYBRID;
        }
        return lower.startsWith("in") ? IN_PERSON : VIRTUAL;
    }

    /** The mode a region heading implies: "Virtual" and "Online" lists hold virtual events. */
    static String modeOfHeading(String heading) {
        if (heading == null) {
            return null;
        }
        String lower = heading.toLowerCase(Locale.ROOT);
        return lower.contains("virtual") || lower.contains("online") ? VIRTUAL : null;
    }

    private static Map<String, String> byName() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            names.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        names.put("usa", "US");
        names.put("united states of america", "US");
        names.put("england", "GB");
        names.put("scotland", "GB");
        names.put("wales", "GB");
        names.put("the netherlands", "NL");
        names.put("czech republic", "CZ");
        names.put("russia", "RU");
        names.put("south korea", "KR");
        return Map.copyOf(names);
    }
}

package dev.roundup.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events a sentence names, as a reader would name them: a linked or bold name that says what the event is
 * ("Data Saturday Lisbon", "Stream Summit 2026"), a name followed by "event" or "conference", or a capitalised name
 * in the running text with an event's head word. A link to a person's profile is a speaker, a venue is a venue,
 * "register", "tickets", "here" are the event's registration or details links: none of them is a name. A linked
 * name without a head word ("Harbour Data Group") only names an event where nothing else in the sentence does.
 */
final class EventNames {

    /**
     * A name in a sentence. {@code series} for names of a series ("the Data Saturdays", "the Summit events"): they name
     * an event only where a date and a place make one of it.
     */
    record Name(String text, String url, int start, int end, double confidence, boolean series) {

        /** A linked name without an event's head word names an event only with a date beside it. */
        boolean needsDate() {
            return confidence == LINKED_ONLY;
        }

        /** Named by a link's text (also a registration link's "register for ..."). */
        boolean linked() {
            return confidence == LINKED;
        }
    }

    static final double LINKED_ONLY = 0.6;
    static final double LINKED = 0.9;

    private static final String HEADS = "Saturday|Day|Conf|Conference|Summit|Bootcamp|Camp|Meetup|Meet-up|Roadshow"
            + "|Festival|Fest|Expo|Hackathon|Workshop|Symposium|Congress|Forum|Convention|Unconference|Night";
    private static final Pattern HEAD = Pattern.compile("(?<![\\p{L}.])(" + HEADS + ")(s|es)?(?![\\p{L}])");
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?:\\.NET|[A-Z\\p{Lu}][\\p{L}\\p{N}'\u2019.+#/-]*|\\d{4})(?:\\s+(?:(?:&|and|of|for|the)\\s+)?"
                    + "(?:\\.NET|[A-Z\\p{Lu}][\\p{L}\\p{N}'\u2019.+#/-]*|\\d{4}))*");
    private static final Set<String> NOT_IN_NAMES = Set.of("The", "This", "That", "A", "An", "Our", "My", "At", "If",
            "As", "Both", "With", "Yes", "Next", "Last", "I", "And", "But", "So", "Speaking", "After", "Before", "Since",
            "Today", "Yesterday", "Tomorrow", "When", "While", "Also", "Then", "Well", "Oh", "Sadly", "Unfortunately",
            "Meanwhile", "However", "Catch", "Join", "Register", "Attend", "Upcoming", "Every", "Each", "Some", "One",
            "Another", "Good", "Great", "Long", "Full", "Half", "Whole", "Final", "First", "Big", "Busy", "Monday", "Tuesday",
            "Wednesday",
            "Thursday", "Friday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    private static final Set<String> HOLIDAYS = Set.of("christmas", "boxing", "year's", "valentine's", "mother's",
            "father's", "heritage", "freedom", "youth", "women's", "labour", "labor", "memorial", "independence",
            "thanksgiving", "election", "family", "reconciliation", "workers'", "human");
    private static final Pattern VENUE = Pattern.compile("\\b(Hotel|Centre|Center|College|University|Campus|Offices?"
            + "|Hall|Stadium|Arena|Building|Theatre|Theater|Museum|Library|School|Auditorium|Venue)\\W*$",
            Pattern.CASE_INSENSITIVE);
    // what a registration or details link says; the rest after "register for" may still be the event's name
    private static final Pattern REGISTRATION = Pattern.compile("^(?:\\W*)(?:register|registration|sign ?up|rsvp"
            + "|get (?:your|a) tickets?|grab (?:your|a) tickets?|buy tickets?|book)(?:\\s+(?:here|now|today))?"
            + "(?:\\s+(?:for|to)\\s+(?:the\\s+)?(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REGISTRATION_WORD = Pattern.compile("\\b(register|registration|registrations|tickets?"
            + "|sign[ -]?up|rsvp)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC = Pattern.compile("\\b(here|page|site|website|slides|recording|agenda"
            + "|schedule|speakers|sessions|details|info|information|link|tickets?|submit|proposals?|call for"
            + "|cfs|cfp|view|this|blog|post|article|video|github|roundup|email|ping|touch|contact|me)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON_URL = Pattern.compile("^(mailto:|https?://([a-z]+\\.)?linkedin\\.com/in/"
            + "|https?://(www\\.)?(twitter|x|github|facebook|instagram|threads)\\.com/[^/]+/?$"
            + "|https?://[^?#]*/(speakers?|people|person|profile|team|author)/)", Pattern.CASE_INSENSITIVE);
    // "this FREE event", "a MUST-ATTEND event": what is said of an event, not its name
    private static final Pattern PRAISE = Pattern.compile("(?i)(free|the|a|must[- ]attend|full[- ]day|amazing|awesome"
            + "|epic|great|next|upcoming|this|our|first|inaugural|annual|virtual|online|in[- ]person|hybrid|local)");
    private static final Pattern FOLLOWED_BY_EVENT = Pattern.compile("^\\s+(?:(event|conference|conf|meetup|summit"
            + "|roadshow|bootcamp|workshop)|(events|conferences|meetups))\\b", Pattern.CASE_INSENSITIVE);

    private EventNames() {
    }

    /** The names the sentence [start, end) of the paragraph gives, in order. */
    static List<Name> in(ProseParagraph paragraph, int start, int end) {
        String text = paragraph.text();
        List<Name> named = new ArrayList<>();
        List<Name> linkedOnly = new ArrayList<>();
        List<ProseParagraph.Span> links = paragraph.linksIn(start, end);
        for (ProseParagraph.Span link : links) {
            if (isPerson(link.url()) || VENUE.matcher(link.text()).find()) {
                continue;
            }
            String after = text.substring(link.end(), end);
            Optional<Name> name = name(link.text(), link.url(), link.start(), link.end(), LINKED, after);
            if (name.isPresent()) {
                named.add(name.get());
            } else if (isLinkedName(link) && link.url().startsWith("http")) {
                linkedOnly.add(new Name(link.text(), link.url(), link.start(), link.end(), LINKED_ONLY, false));
            }
        }
        for (ProseParagraph.Span strong : paragraph.strongsIn(start, end)) {
            if (links.stream().noneMatch(link -> link.start() <= strong.start() && strong.end() <= link.end())
                    && !VENUE.matcher(strong.text()).find()) {
                name(strong.text(), null, strong.start(), strong.end(), 0.8, text.substring(strong.end(), end))
                        .ifPresent(named::add);
            }
        }
        Matcher phrase = CAPITALISED.matcher(text).region(start, end);
        while (phrase.find()) {
            int from = phrase.start();
            int to = phrase.end();
            if (named.stream().anyMatch(name -> name.start() < to && from < name.end())
                    || links.stream().anyMatch(link -> link.start() < to && from < link.end())) {
                continue;
            }
            plainName(phrase.group(), from, text.substring(to, end)).ifPresent(named::add);
        }
        named.sort(Comparator.comparingInt(Name::start));
        return named.isEmpty() ? linkedOnly : named;
    }

    static boolean isPerson(String url) {
        return url != null && PERSON_URL.matcher(url).find();
    }

    /** "Data Saturdays" as one of them: "Data Saturday". */
    static String singular(String series) {
        Matcher head = HEAD.matcher(series);
        String singular = series;
        while (head.find()) {
            if (head.group(2) != null) {
                singular = series.substring(0, head.end(1)) + series.substring(head.end());
            }
        }
        return singular;
    }

    static boolean isVenue(String text) {
        return VENUE.matcher(text).find();
    }

    /** A linked or bold text as an event name: itself, or what follows "register for". */
    private static Optional<Name> name(String raw, String url, int start, int end, double confidence, String after) {
        String text = raw.strip().replaceAll("[\\s:!,.]+$", "");
        Matcher registration = REGISTRATION.matcher(text);
        if (registration.matches()) {
            if (registration.group(1) == null) {
                return Optional.empty();
            }
            text = registration.group(1).replaceAll("\\s*\\(.*$", "").strip();
            url = null;
        } else if (REGISTRATION_WORD.matcher(text).find()) {
            // "Lisbon Summit Registration", "Tickets for the summit": the event's registration link, not its name
            return Optional.empty();
        }
        Matcher followed = FOLLOWED_BY_EVENT.matcher(after);
        boolean found = followed.find();
        boolean followedByEvent = found && followed.group(1) != null;
        boolean followedBySeries = found && followed.group(2) != null;
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) && !text.startsWith(".")
                || text.split("\\s+").length > 12 || GENERIC.matcher(text).find() && !hasHead(text)
                || PRAISE.matcher(text).matches()) {
            return Optional.empty();
        }
        Optional<Boolean> series = series(text);
        if (series.isEmpty() && !followedByEvent && !followedBySeries) {
            return Optional.empty();
        }
        boolean isSeries = followedBySeries || series.orElse(false);
        return Optional.of(new Name(text, url, start, end, confidence, isSeries));
    }

    /** A running-text phrase as an event name: trimmed to the words that name it, with a head word in it. */
    private static Optional<Name> plainName(String phrase, int start, String after) {
        String[] words = phrase.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_IN_NAMES.contains(words[first])) {
            first++;
        }
        int last = words.length - 1;
        while (last >= first && (NOT_IN_NAMES.contains(words[last]) || words[last].matches("&|and|of|for|the"))) {
            last--;
        }
        if (last - first < 1) {
            return Optional.empty();
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, last + 1))
                .replaceAll("['\u2019]s$", "");
        Optional<Boolean> series = series(name);
        if (series.isEmpty() || VENUE.matcher(name).find()) {
            return Optional.empty();
        }
        int offset = phrase.indexOf(words[first]);
        Matcher followed = FOLLOWED_BY_EVENT.matcher(after);
        boolean isSeries = series.get() || followed.find() && followed.group(2) != null;
        return Optional.of(new Name(name, null, start + offset, start + offset + name.length(), 0.7, isSeries));
    }

    /** Empty when the text has no event head word; else whether it names a series (a plural head word). */
    private static Optional<Boolean> series(String text) {
        Matcher head = HEAD.matcher(text);
        Optional<Boolean> found = Optional.empty();
        while (head.find()) {
            String before = text.substring(0, head.start()).strip();
            String previous = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
            if (before.isEmpty() || HOLIDAYS.contains(previous.toLowerCase(Locale.ROOT))) {
                continue;
            }
            found = Optional.of(head.group(2) != null);
        }
        return found;
    }

    private static boolean hasHead(String text) {
        return series(text).isPresent();
    }

    private static boolean isLinkedName(ProseParagraph.Span link) {
        String text = link.text();
        return !text.isBlank() && Character.isUpperCase(text.codePointAt(0)) && text.split("\\s+").length <= 8
                && !GENERIC.matcher(text).find() && REGISTRATION.matcher(text).matches() == false;
    }

    /** The words a name is compared by: lower case, years and filler left out, "&" as "and", "Conf" as "conference". */
    static Set<String> key(String name) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^\\p{L}\\p{N}.]+")) {
            String clean = word.replaceAll("^\\.+(?![a-z])|\\.+$", "");
            if (clean.isEmpty() || clean.matches("(19|20)\\d\\d|the|of|and|a|an|for|in|at|on|edition|event|-")) {
                continue;
            }
            words.add(clean.equals("conf") ? "conference" : clean);
        }
        return words;
    }
}

package dev.roundup.event.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of an events list into an event. The line opens with its date (bare, or inside the link that
 * names the event), or names its date after the link; then come the place and the title, separated by {@code |}
 * or by {@code " - "}, and the group. Nested lines are the talks. A line without a readable date is no event.
 */
final class ListLineParser {

    private static final Pattern LEAD = Pattern.compile("^[\\s*_]+");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s.,:;|)\\-\u2013\u2014*_]+");
    private static final Pattern TITLE_DASH = Pattern.compile("\\s+[-\u2013\u2014]\\s+");
    // a time after the date ("2026-08-19 18:30 | ..."): not the place
    private static final Pattern TIME = Pattern.compile("^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)>\\]]+");

    private final LocalDate issue;
    private final Map<String, String> references;

    ListLineParser(LocalDate issue, Map<String, String> references) {
        this.issue = issue;
        this.references = references;
    }

    /** The event of a line, or the reason it is none. */
    record Outcome(Optional<ListedEvent> event, List<String> warnings) {
    }

    Outcome parse(ListLine line, int position) {
        List<String> warnings = new ArrayList<>();
        String text = LEAD.matcher(line.text()).replaceFirst("");
        List<MarkdownLinks.Link> links = MarkdownLinks.in(text, references);
        // "[Jun 10. Title(https://...)": a link that never closes still opens with its date
        Optional<ListDates.Phrase> date = ListDates.atStart(text, issue)
                .or(() -> text.startsWith("[") && (links.isEmpty() || links.get(0).start() > 0)
                        ? ListDates.atStart(text.substring(1), issue).map(ListLineParser::shifted)
                        : Optional.empty());
        Fields fields;
        if (date.isPresent()) {
            fields = body(text.substring(date.get().endIndex()), null);
        } else if (!links.isEmpty() && decoration(text.substring(0, links.get(0).start()))
                && (date = ListDates.atStart(LEAD.matcher(links.get(0).text()).replaceFirst(""), issue)).isPresent()) {
            String inside = LEAD.matcher(links.get(0).text()).replaceFirst("");
            fields = body(inside.substring(date.get().endIndex()), links.get(0).url());
        } else if ((date = ListDates.anywhere(MarkdownLinks.withoutLinks(text, links), issue)).isPresent()) {
            fields = links.isEmpty() ? body(text, null)
                    : new Fields(Places.Place.NONE, MarkdownLinks.plain(links.get(0).text()), links.get(0).url(), null,
                            null);
        } else {
            warnings.add("no date in the events list line '" + abbreviate(line.text()) + "': not read as an event");
            return new Outcome(Optional.empty(), warnings);
        }
        date.get().corrections().forEach(correction -> warnings.add(correction + " in the events list line '"
                + abbreviate(line.text()) + "'"));
        return new Outcome(Optional.of(event(line, position, date.get(), fields, talks(line.nested()))), warnings);
    }

    /** What follows the date: place, title, group, and the event's own link. */
    private record Fields(Places.Place place, String title, String url, String groupName, String groupUrl) {
    }

    private Fields body(String rest, String ownUrl) {
        String body = SEPARATORS.matcher(rest).replaceFirst("");
        body = SEPARATORS.matcher(TIME.matcher(body).replaceFirst("")).replaceFirst("");
        List<String> parts = topLevelSplit(body);
        if (parts.size() > 1) {
            return piped(parts, ownUrl);
        }
        List<MarkdownLinks.Link> links = MarkdownLinks.in(body, references);
        String plain = MarkdownLinks.withoutLinks(body, links);
        String[] dashed = TITLE_DASH.split(plain, 2);
        if (dashed.length == 2) {
            Optional<Places.Place> place = Places.read(MarkdownLinks.plain(dashed[0]));
            if (place.isPresent()) {
                return new Fields(place.get(), cleanTitle(dashed[1]), firstUrl(links, ownUrl), null, null);
            }
        }
        String url = firstUrl(links, ownUrl);
        if (url == null) {
            // a link whose brackets broke ("[Title(https://...)"): its address is still in the line
            Matcher bare = BARE_URL.matcher(plain);
            if (bare.find()) {
                url = bare.group();
                plain = plain.substring(0, bare.start()).replaceAll("[\\[(\\s]+$", "");
            }
        }
        return new Fields(Places.Place.NONE, cleanTitle(plain.replaceFirst("^\\[", "")), url, null, null);
    }

    /**
     * "2026-08-19 | Hybrid (Vancouver, CA) | [Group](url)" (bold links are titles, others the group) and, inside
     * the event's own link, "December 7, 2021 | Berlin, DE | **Title** | Group" (the title bold or first).
     */
    private Fields piped(List<String> parts, String ownUrl) {
        Places.Place place = Places.Place.NONE;
        int first = 0;
        if (MarkdownLinks.in(parts.get(0), references).isEmpty() && !parts.get(0).strip().startsWith("**")) {
            place = Places.inSlot(MarkdownLinks.plain(parts.get(0)));
            first = 1;
        }
        Named named = new Named(ownUrl);
        for (String part : parts.subList(first, parts.size())) {
            List<MarkdownLinks.Link> links = MarkdownLinks.in(part, references);
            if (links.isEmpty()) {
                String plain = MarkdownLinks.plain(part);
                boolean bold = part.strip().startsWith("**") || part.strip().startsWith("__");
                named.add(plain, null, bold || ownUrl != null && named.title == null && named.groupName == null);
            }
            for (MarkdownLinks.Link link : links) {
                named.add(MarkdownLinks.plain(link.text()), link.url(), link.bold());
            }
        }
        return new Fields(place, named.title, named.url, named.groupName, named.groupUrl);
    }

    /** Title and group as the parts of a piped line name them. */
    private static final class Named {
        String title;
        String url;
        String groupName;
        String groupUrl;

        Named(String ownUrl) {
            this.url = ownUrl;
        }

        void add(String text, String link, boolean titleLike) {
            if (text.isEmpty()) {
                return;
            }
            if (titleLike && title == null) {
                title = text;
                url = url == null ? link : url;
            } else if (groupName == null) {
                groupName = text;
                groupUrl = link;
            } else if (title == null) {
                title = text;
                url = url == null ? link : url;
            }
        }
    }

    private ListedEvent event(ListLine line, int position, ListDates.Phrase date, Fields fields, List<ListedEvent.Talk> talks) {
        String name = fields.title();
        String url = fields.url();
        if (talks.size() == 1) {
            name = talks.get(0).title();
            url = talks.get(0).url() != null ? talks.get(0).url() : url;
        }
        if (name == null || name.isBlank()) {
            name = fields.groupName() != null ? fields.groupName() : "Event";
        }
        if (url == null) {
            url = fields.groupUrl();
        }
        Places.Place place = fields.place();
        String mode = place.mode() != null ? place.mode() : Places.modeOfHeading(line.regionHeading());
        if (mode == null && place.city() != null) {
            mode = Places.IN_PERSON;
        }
        Map<String, Double> confidence = new LinkedHashMap<>();
        confidence.put("name", 0.9);
        if (url != null) {
            confidence.put("url", 0.95);
        }
        confidence.put("start", !date.corrections().isEmpty() ? 0.7 : date.yearGiven() ? 0.95 : 0.9);
        if (place.city() != null) {
            confidence.put("city", 0.9);
        }
        return new ListedEvent(position, line.written(), name, url, date.start(), date.end(), mode, place.city(),
                place.region(), place.regionCode(), place.country(), place.countryCode(), line.regionHeading(),
                fields.groupName(), fields.groupUrl(), talks, Map.copyOf(confidence));
    }

    private List<ListedEvent.Talk> talks(List<String> nested) {
        List<ListedEvent.Talk> talks = new ArrayList<>();
        for (String text : nested) {
            List<MarkdownLinks.Link> links = MarkdownLinks.in(text, references);
            String title = MarkdownLinks.plain(MarkdownLinks.withoutLinks(text, links));
            if (!title.isEmpty()) {
                talks.add(new ListedEvent.Talk(cleanTitle(title), links.isEmpty() ? null : links.get(0).url()));
            }
        }
        return talks;
    }

    /** Splits at {@code |} outside link brackets and parentheses. */
    static List<String> topLevelSplit(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '[' || character == '(') {
                depth++;
            } else if ((character == ']' || character == ')') && depth > 0) {
                depth--;
            } else if (character == '|' && depth == 0) {
                parts.add(text.substring(start, index));
                start = index + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.stream().filter(part -> !part.isBlank()).toList();
    }

    private static ListDates.Phrase shifted(ListDates.Phrase phrase) {
        return new ListDates.Phrase(phrase.start(), phrase.end(), phrase.endIndex() + 1, phrase.yearGiven(),
                phrase.corrections());
    }

    /** Nothing but marks and emoji before the line's first link. */
    private static boolean decoration(String prefix) {
        return prefix.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static String firstUrl(List<MarkdownLinks.Link> links, String ownUrl) {
        return ownUrl != null ? ownUrl : links.isEmpty() ? null : links.get(0).url();
    }

    private static String cleanTitle(String text) {
        String plain = MarkdownLinks.plain(text);
        // the sentence's full stop after the link: "[6/8. Rust Berlin Meetup](...)."
        return plain.replaceAll("[\\s.,;:]+$", "").strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}

package dev.roundup.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Reads the events out of a WIND section's HTML. An event is what the text names as one (see {@link EventNames}):
 * each date phrase of a sentence goes to the name before it (or the first after it); a sentence that names no event
 * but dates one continues the event named before it, in its paragraph or as "the event". A name without a date is
 * still a mention of its event, served with no date until a post gives one. Links that name no event (registration,
 * details) are references to the event their page is.
 */
public final class EventExtractor {

    /** What a WIND section says: the mentions of events, and the event links it names without a date. */
    public record Extraction(List<ExtractedEvent> events, List<Reference> references) {
    }

    /** An event link without a name of its own in its sentence. */
    public record Reference(String url, String passage) {
    }

    private static final Pattern BLOCK = Pattern.compile("<(p|li)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern CAPTION = Pattern.compile("^\\s*Figure\\s+\\d+\\s*:");
    // the date of a call for speakers or a registration deadline is not the event's date
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b(call for (speakers|papers|proposals|sessions)|cfp|cfs|deadline|closes|closed|registration (opens|closes)"
                    + "|early[- ]bird|submit|submissions?)\\b",
            Pattern.CASE_INSENSITIVE);
    // a sentence naming no event that still dates the one named before
    private static final Pattern CONTINUES = Pattern.compile("\\b(the|this|that|our) (event|conference|meetup|summit"
            + "|workshop|roadshow|bootcamp|leg)\\b|^\\W*(it|which)\\b|\\bdate\\b|\\b(present|presenting|speaking|talk"
            + "|session|keynote)\\b", Pattern.CASE_INSENSITIVE);
    // "Data Saturday Lisbon back in May": an event of the past, not the one the next sentences speak of
    private static final Pattern BACK_THEN = Pattern.compile("^\\W*(back in|last (year|month)|earlier this year|ago"
            + "|a (week|month|year) ago)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'll|me|my|we|we're|we've|we'll|us"
            + "|our)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKS_OF_AN_EVENT = Pattern.compile("\\b(events?|meetups?|conference|summit"
            + "|talks?|talking|sessions?|speak|speaking|present|presenting|presented|webinar|workshop|attend|attending"
            + "|attended|keynote|keynoting|organi[sz]\\w*|host|hosting|user group|meeting|gathering)\\b",
            Pattern.CASE_INSENSITIVE);
    // "tomorrow I start preparing for Data Saturday Lisbon": the date before is not the event's
    private static final Pattern PREPARING = Pattern.compile("\\b(prepar\\w*|prepping|prep|getting ready|gearing up"
            + "|looking forward|planning)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TALK = Pattern.compile("^\\s*<strong>(.*?)</strong>\\s*(?:[-:\u2013\u2014]\\s*)?(.*)$",
            Pattern.DOTALL);

    private EventExtractor() {
    }

    /** The events of all WIND sections of a post. */
    public static Extraction extract(List<String> windSectionsHtml, LocalDate postDate) {
        List<ExtractedEvent> events = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        for (String html : windSectionsHtml) {
            Extraction extraction = extract(html, postDate);
            events.addAll(extraction.events());
            references.addAll(extraction.references());
        }
        return new Extraction(List.copyOf(events), List.copyOf(references));
    }

    public static Extraction extract(String sectionHtml, LocalDate postDate) {
        Reading reading = new Reading(postDate);
        Matcher block = BLOCK.matcher(sectionHtml);
        while (block.find()) {
            ProseParagraph paragraph = ProseParagraph.of(block.group(2));
            Optional<ExtractedEvent.Talk> talk = block.group(1).equals("li") ? talk(block.group(2)) : Optional.empty();
            if (talk.isPresent() && EventNames.in(paragraph, 0, paragraph.text().length()).isEmpty()) {
                reading.attachTalk(talk.get());
                continue;
            }
            reading.paragraph(paragraph);
        }
        return new Extraction(Moves.apply(reading.events), List.copyOf(reading.references));
    }

    /** One section read in order: the event named last is the one a later sentence may continue. */
    private static final class Reading {
        final LocalDate postDate;
        final List<ExtractedEvent> events = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        EventNames.Name context;
        boolean contextInParagraph;
        boolean contextDated;

        Reading(LocalDate postDate) {
            this.postDate = postDate;
        }

        void paragraph(ProseParagraph paragraph) {
            contextInParagraph = false;
            boolean caption = CAPTION.matcher(paragraph.text()).find();
            for (int[] bounds : paragraph.sentences()) {
                String text = paragraph.text().substring(bounds[0], bounds[1]);
                List<EventNames.Name> names = EventNames.in(paragraph, bounds[0], bounds[1]);
                if (caption) {
                    // a picture's caption often names what the next paragraph talks about, but is no mention
                    names.stream().filter(name -> !name.series()).reduce((first, second) -> second)
                            .ifPresent(name -> setContext(name, false));
                    continue;
                }
                List<DateMatch> dates = dates(paragraph, bounds);
                references(paragraph, bounds, names, text);
                EventNames.Name before = context;
                boolean dated = false;
                for (int index = 0; index < names.size(); index++) {
                    EventNames.Name name = names.get(index);
                    List<DateMatch> own = datesOf(names, index, dates).stream()
                            .filter(date -> ownDate(paragraph.text(), name, date)).toList();
                    boolean past = BACK_THEN.matcher(paragraph.text().substring(name.end(), bounds[1])).find();
                    dated |= !own.isEmpty();
                    if (name.needsDate() && !own.isEmpty() && !SPEAKS_OF_AN_EVENT.matcher(text).find()) {
                        // "thanks to [Rui] on the 3rd": a linked name is an event's only where the sentence speaks of one
                        own = List.of();
                    }
                    if ((name.series() || name.needsDate()) && own.isEmpty()) {
                        // a series names the context when nothing before it in the paragraph did, or its own
                        // sentence did ("the old X is back, now as the Y Saturdays")
                        if (name.series() && !past && (context == null || !contextInParagraph || context != before)) {
                            setContext(name, false);
                        }
                        continue;
                    }
                    if (own.isEmpty() && !name.linked() && !FIRST_PERSON.matcher(text).find()) {
                        // an undated name in a sentence not about the author is only talk of an event ("the
                        // Global Summit keynotes were streamed"): no mention of what the author is doing
                        continue;
                    }
                    add(name, own, paragraph.text(), bounds, text, 1.0);
                    if (!past) {
                        setContext(name, !own.isEmpty());
                    }
                }
                if (!dated && !dates.isEmpty() && before != null && continues(before, text)) {
                    continuation(before, text).ifPresent(name -> add(name, dates, paragraph.text(), bounds, text, 0.9));
                    contextDated = true;
                }
            }
        }

        /**
         * Whether a date is the name's: a series ("the Data Saturdays") takes only dates after it, and a date before a
         * name the sentence prepares for ("tomorrow I start preparing for ...") is not the event's.
         */
        private static boolean ownDate(String paragraph, EventNames.Name name, DateMatch date) {
            if (date.start() > name.start()) {
                return true;
            }
            return !name.series() && !PREPARING.matcher(paragraph.substring(date.end(), name.start())).find();
        }

        private List<DateMatch> dates(ProseParagraph paragraph, int[] bounds) {
            String text = paragraph.text().substring(bounds[0], bounds[1]);
            return DEADLINE.matcher(text).find() ? List.of()
                    : DatePhrases.find(text, postDate).stream().map(date -> date.shifted(bounds[0])).toList();
        }

        private void setContext(EventNames.Name name, boolean dated) {
            context = name;
            contextInParagraph = true;
            contextDated = dated;
        }

        /** The event a sentence continues: the one named before, or of a series named before, the one in its city. */
        private Optional<EventNames.Name> continuation(EventNames.Name context, String text) {
            if (!context.series()) {
                return Optional.of(context);
            }
            List<Places.Place> cities = Places.citiesIn(text);
            if (cities.size() != 1) {
                return Optional.empty();
            }
            String name = EventNames.singular(context.text()) + " " + cities.get(0).name();
            return Optional.of(new EventNames.Name(name, null, context.start(), context.end(), 0.6, false));
        }

        /** Whether a sentence naming no event dates the one named before it. */
        private boolean continues(EventNames.Name context, String text) {
            List<Places.Place> cities = Places.citiesIn(text);
            boolean elsewhere = !cities.isEmpty() && cities.stream().noneMatch(city -> context.text().contains(city.name()));
            if (elsewhere && Places.citiesIn(context.text()).size() > 0) {
                return false;
            }
            // "Catch me in Lisbon on the 3rd": a date and where it is, in the paragraph of a name not dated yet (not
            // "I fly to Lisbon on the 3rd")
            boolean placed = cities.stream().anyMatch(city -> text.substring(0, city.start()).matches("(?s).*\\bin\\s+$"));
            return contextInParagraph && !contextDated && placed || CONTINUES.matcher(text).find();
        }

        /** The dates after a name and before the next one; for the first name, also those before it. */
        private static List<DateMatch> datesOf(List<EventNames.Name> names, int index,
                List<DateMatch> dates) {
            int from = index == 0 ? Integer.MIN_VALUE : names.get(index).start();
            int to = index + 1 < names.size() ? names.get(index + 1).start() : Integer.MAX_VALUE;
            List<DateMatch> own = dates.stream().filter(date -> date.start() >= from && date.start() < to)
                    .toList();
            if (index == 0 && own.stream().anyMatch(date -> date.start() >= names.get(0).end())) {
                return own.stream().filter(date -> date.start() >= names.get(0).end()).toList();
            }
            return own;
        }

        private void add(EventNames.Name name, List<DateMatch> dates, String paragraph, int[] bounds,
                String sentence, double dateFactor) {
            String after = paragraph.substring(Math.max(bounds[0], Math.min(name.end(), bounds[1])), bounds[1]);
            List<Places.Place> cities = Places.citiesIn(after).stream()
                    .filter(city -> !name.text().contains(city.name())).toList();
            if (dates.size() >= 2 && cities.size() == dates.size()) {
                // "in Lisbon and Porto on the 3rd and 10th of October": one event in each place, on its day
                for (int index = 0; index < dates.size(); index++) {
                    String city = cities.get(index).name();
                    events.add(EventReading.event(name, name.text() + " - " + city, dates.get(index), city, sentence,
                            paragraph, dateFactor));
                }
                return;
            }
            events.add(EventReading.event(name, EventReading.withPlace(name, paragraph),
                    dates.isEmpty() ? null : dates.get(0), null, sentence, paragraph, dateFactor));
        }

        private void references(ProseParagraph paragraph, int[] bounds, List<EventNames.Name> names, String text) {
            for (ProseParagraph.Span link : paragraph.linksIn(bounds[0], bounds[1])) {
                boolean named = names.stream().anyMatch(name -> link.url().equals(name.url()) && !name.needsDate());
                if (!named && link.url().startsWith("http") && !EventNames.isPerson(link.url())
                        && !EventNames.isVenue(link.text())) {
                    references.add(new Reference(link.url(), text.strip()));
                }
            }
        }

        /** A talk listed under a paragraph belongs to the event named last before it. */
        void attachTalk(ExtractedEvent.Talk talk) {
            if (!events.isEmpty()) {
                int last = events.size() - 1;
                events.set(last, events.get(last).withTalks(List.of(talk)));
            }
        }
    }

    private static Optional<ExtractedEvent.Talk> talk(String itemHtml) {
        Matcher talk = TALK.matcher(itemHtml.replaceAll("</?p>", "").strip());
        if (!talk.matches()) {
            return Optional.empty();
        }
        String title = plain(talk.group(1)).strip();
        String summary = plain(talk.group(2)).strip();
        return title.isEmpty() || title.endsWith(":") ? Optional.empty()
                : Optional.of(new ExtractedEvent.Talk(title, summary.isEmpty() ? null : summary));
    }

    static String plain(String html) {
        return StringEscapeUtils.unescapeHtml4(TAG.matcher(html).replaceAll("")).replaceAll("\\s+", " ");
    }

    /**
     * The mentions of one post: an undated one of an event the post dates elsewhere goes; where a sentence says the
     * event moved, its new date replaces the old one.
     */
    private static final class Moves {
        static List<ExtractedEvent> apply(List<ExtractedEvent> all) {
            List<ExtractedEvent> events = all.stream().filter(event -> event.startsOn() != null || all.stream()
                    .noneMatch(dated -> dated.startsOn() != null
                            && EventMatcher.namesFit(EventNames.key(event.name()), EventNames.key(dated.name()), false)))
                    .toList();
            Map<java.util.Set<String>, ExtractedEvent> moved = new LinkedHashMap<>();
            for (ExtractedEvent event : events) {
                if ("moved".equals(event.status())) {
                    moved.put(EventNames.key(event.name()), event);
                }
            }
            return events.stream().filter(event -> {
                ExtractedEvent move = moved.get(EventNames.key(event.name()));
                return move == null || move == event || event.startsOn() == null;
            }).toList();
        }
    }
}

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
 * Reads the events out of a WIND section's HTML. An event is a linked name (the link's text, its URL) with a
 * date phrase in the same sentence; a linked name without a date is only a reference to an event known from
 * elsewhere. Dates without a linked name make no event: no event is better than a wrong one.
 */
public final class EventExtractor {

    /** What a WIND section says: the dated mentions, and the event links it names without a date. */
    public record Extraction(List<ExtractedEvent> events, List<Reference> references) {
    }

    /** An event link without a date in its sentence. */
    public record Reference(String url, String passage) {
    }

    private static final Pattern BLOCK = Pattern.compile("<(p|li)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"\u201c(])");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "\\b(page|site|here|slides|recording|github|article|post|blog|video|this|link|details)\\b",
            Pattern.CASE_INSENSITIVE);
    // the date of a call for speakers or a registration deadline is not the event's date
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b(call for (speakers|papers|proposals|sessions)|cfp|deadline|closes|registration (opens|closes)"
                    + "|early[- ]bird)\\b",
            Pattern.CASE_INSENSITIVE);
    // a dateless sentence about "the event" continues the event named just before
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(the (event|conference|meetup|day|summit|workshop)|it)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(talk|talking|session|sessions|speak|speaking|present|presenting|keynote|lightning|accepted|webinar"
                    + "|panel)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANISER = Pattern.compile(
            "\\b(organi[sz]e|organi[sz]ing|organi[sz]er|running|i will run|i am running|hosting|host)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTENDEE = Pattern.compile("\\b(attend|attending|going to|i will be at)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CANCELLED = Pattern.compile("\\b(cancell?ed|called off|postponed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_CITY = Pattern.compile("\\bin ([A-Z][a-z\u00e0-\u00ff]+(?: [A-Z][a-z\u00e0-\u00ff]+)?)");
    private static final Pattern TALK = Pattern.compile("^\\s*<strong>(.*?)</strong>\\s*(?:[-:\u2013\u2014]\\s*)?(.*)$",
            Pattern.DOTALL);
    private static final java.util.Set<String> NOT_CITIES = java.util.Set.of("Data", "Kafka", "Flink", "The", "My",
            "Stream", "Streaming", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");

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
        List<ExtractedEvent> events = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        Matcher block = BLOCK.matcher(sectionHtml);
        while (block.find()) {
            if (block.group(1).equals("li")) {
                talk(block.group(2)).ifPresent(talk -> attachTalk(events, talk));
                continue;
            }
            Paragraph paragraph = Paragraph.of(block.group(2));
            Link pending = null;
            for (int[] sentence : paragraph.sentences()) {
                String text = paragraph.text.substring(sentence[0], sentence[1]);
                List<Link> links = paragraph.linksIn(sentence[0], sentence[1]).stream().filter(Link::namesAnEvent).toList();
                List<DatePhrases.DateMatch> dates = DEADLINE.matcher(text).find() ? List.of()
                        : DatePhrases.find(text, postDate).stream()
                                .map(date -> shifted(date, sentence[0])).toList();
                if (links.isEmpty() && pending != null && !dates.isEmpty() && CONTINUATION.matcher(text).find()) {
                    String pendingUrl = pending.url;
                    events.add(event(pending, dates.get(0), text, paragraph.text, 0.9));
                    references.removeIf(reference -> reference.url().equals(pendingUrl));
                    pending = null;
                    continue;
                }
                pending = null;
                for (int index = 0; index < links.size(); index++) {
                    Link link = links.get(index);
                    int nextLinkStart = index + 1 < links.size() ? links.get(index + 1).start : sentence[1];
                    Optional<DatePhrases.DateMatch> date = dateFor(link, dates, nextLinkStart, links.size() == 1);
                    if (date.isPresent()) {
                        events.add(event(link, date.get(), text, paragraph.text, 1.0));
                    } else {
                        references.add(new Reference(link.url, text.strip()));
                        pending = links.size() == 1 ? link : null;
                    }
                }
            }
        }
        return new Extraction(List.copyOf(events), List.copyOf(references));
    }

    private static DatePhrases.DateMatch shifted(DatePhrases.DateMatch date, int offset) {
        return new DatePhrases.DateMatch(date.start() + offset, date.end() + offset, date.from(), date.to(),
                date.confidence(), date.approximate());
    }

    /** The first date after the link and before the next one; for a sentence's only link, the nearest before it. */
    private static Optional<DatePhrases.DateMatch> dateFor(Link link, List<DatePhrases.DateMatch> dates, int limit,
            boolean onlyLink) {
        Optional<DatePhrases.DateMatch> after = dates.stream()
                .filter(date -> date.start() >= link.end && date.start() < limit).findFirst();
        if (after.isPresent() || !onlyLink) {
            return after;
        }
        return dates.stream().filter(date -> date.end() <= link.start).reduce((first, second) -> second);
    }

    private static ExtractedEvent event(Link link, DatePhrases.DateMatch date, String sentence, String paragraph,
            double dateFactor) {
        Map<String, Double> confidence = new LinkedHashMap<>();
        confidence.put("name", 0.8);
        confidence.put("url", 0.9);
        confidence.put("start", round(date.confidence() * dateFactor));
        String role = role(sentence, confidence, 0.7);
        if (role == null) {
            role = role(paragraph, confidence, 0.5);
        }
        String city = city(sentence, link.text, confidence);
        String status = "scheduled";
        if (CANCELLED.matcher(sentence).find()) {
            status = "cancelled";
            confidence.put("status", 0.7);
        }
        return new ExtractedEvent(link.text, link.url, date.from(), date.to(), date.approximate(), role, city, status,
                List.of(), sentence.strip(), Map.copyOf(confidence));
    }

    private static String role(String text, Map<String, Double> confidence, double sureness) {
        String role = null;
        if (ORGANISER.matcher(text).find()) {
            role = "organiser";
        } else if (SPEAKER.matcher(text).find()) {
            role = "speaker";
        } else if (ATTENDEE.matcher(text).find()) {
            role = "attendee";
        }
        if (role != null) {
            confidence.put("role", sureness);
        }
        return role;
    }

    private static String city(String sentence, String name, Map<String, Double> confidence) {
        Matcher inCity = IN_CITY.matcher(sentence);
        while (inCity.find()) {
            String candidate = inCity.group(1);
            if (!NOT_CITIES.contains(candidate.split(" ")[0]) && !name.contains(candidate)) {
                confidence.put("city", 0.6);
                return candidate;
            }
        }
        // "Data Saturday Lisbon", "Stream Summit Berlin": community events end with their city
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        if (words.length >= 3 && last.matches("[A-Z][a-z\u00e0-\u00ff]+")
                && !last.matches("Meetup|Group|Community|Conference|Summit|Day|Days|Network|Circle|Camp|Festival|Live")
                && !NOT_CITIES.contains(last)) {
            confidence.put("city", 0.4);
            return last;
        }
        return null;
    }

    private static Optional<ExtractedEvent.Talk> talk(String itemHtml) {
        Matcher talk = TALK.matcher(itemHtml.replaceAll("</?p>", "").strip());
        if (!talk.matches()) {
            return Optional.empty();
        }
        String title = plain(talk.group(1)).strip();
        String summary = plain(talk.group(2)).strip();
        return title.isEmpty() ? Optional.empty()
                : Optional.of(new ExtractedEvent.Talk(title, summary.isEmpty() ? null : summary));
    }

    /** A talk listed under a paragraph belongs to the event named last before it. */
    private static void attachTalk(List<ExtractedEvent> events, ExtractedEvent.Talk talk) {
        if (!events.isEmpty()) {
            int last = events.size() - 1;
            events.set(last, events.get(last).withTalks(List.of(talk)));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String plain(String html) {
        return StringEscapeUtils.unescapeHtml4(TAG.matcher(html).replaceAll("")).replaceAll("\\s+", " ");
    }

    private record Link(String text, String url, int start, int end) {
        boolean namesAnEvent() {
            return !text.isBlank() && Character.isUpperCase(text.codePointAt(0)) && text.split("\\s+").length <= 8
                    && !NOT_A_NAME.matcher(text).find() && (url.startsWith("http://") || url.startsWith("https://"));
        }
    }

    /** A paragraph as plain text, with where each link stands in it. */
    private record Paragraph(String text, List<Link> links) {

        static Paragraph of(String html) {
            StringBuilder text = new StringBuilder();
            List<Link> links = new ArrayList<>();
            Matcher tag = TAG.matcher(html);
            int position = 0;
            String href = null;
            int linkStart = 0;
            while (tag.find()) {
                text.append(StringEscapeUtils.unescapeHtml4(html.substring(position, tag.start())));
                position = tag.end();
                if (tag.group(2).equalsIgnoreCase("a")) {
                    if (tag.group(1).isEmpty()) {
                        Matcher url = HREF.matcher(tag.group(3));
                        href = url.find() ? StringEscapeUtils.unescapeHtml4(url.group(1)) : null;
                        linkStart = text.length();
                    } else if (href != null) {
                        links.add(new Link(text.substring(linkStart).strip(), href, linkStart, text.length()));
                        href = null;
                    }
                } else if (tag.group(2).equalsIgnoreCase("br")) {
                    text.append(' ');
                }
            }
            text.append(StringEscapeUtils.unescapeHtml4(html.substring(position)));
            return new Paragraph(text.toString().replace('\n', ' '), links);
        }

        List<int[]> sentences() {
            List<int[]> sentences = new ArrayList<>();
            Matcher end = SENTENCE_END.matcher(text);
            int start = 0;
            while (end.find()) {
                sentences.add(new int[]{ start, end.start() });
                start = end.end();
            }
            sentences.add(new int[]{ start, text.length() });
            return sentences;
        }

        List<Link> linksIn(int start, int end) {
            return links.stream().filter(link -> link.start >= start && link.end <= end).toList();
        }
    }
}

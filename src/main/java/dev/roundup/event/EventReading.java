package dev.roundup.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One mention as the extractor tells it: the name, its date, and what the sentence says of role, place and status. */
final class EventReading {

    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(talk|talking|session|sessions|speak|speaking|present|presenting|presented|keynote|keynoting"
                    + "|lightning|accepted|webinar|panel)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANISER = Pattern.compile(
            "\\b(organi[sz]e|organi[sz]ing|organi[sz]er|organi[sz]ers|running|i will run|i am running|hosting|host"
                    + "|organising committee|organizing committee)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTENDEE = Pattern.compile("\\b(attend|attending|attended|going to|i will be at)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CANCELLED = Pattern.compile("\\b(cancell?ed|called off)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVED = Pattern.compile("\\b(postponed|rescheduled|moved to|been moved|new date)\\b",
            Pattern.CASE_INSENSITIVE);
    // "Data Saturday in Lisbon": a name without its place, with the place right after it
    private static final Pattern IN_PLACE = Pattern.compile("^\\s+in\\s+(\\S.*)$");

    private EventReading() {
    }

    static ExtractedEvent event(EventNames.Name name, String eventName, DateMatch date, String city,
            String sentence, String paragraph, double dateFactor) {
        Map<String, Double> confidence = new LinkedHashMap<>();
        confidence.put("name", name.confidence());
        if (name.url() != null) {
            confidence.put("url", 0.9);
        }
        List<String> flags = new ArrayList<>();
        if (date != null) {
            confidence.put("start", round(date.confidence() * dateFactor));
            if (date.weekdayMismatch()) {
                flags.add("weekday-mismatch");
            }
        } else {
            flags.add("undated");
        }
        String role = role(sentence, confidence, 0.7);
        if (role == null) {
            role = role(paragraph, confidence, 0.5);
        }
        if (city == null) {
            city = city(eventName, sentence);
        }
        if (city != null) {
            confidence.put("city", eventName.contains(city) ? 0.8 : 0.6);
        }
        String status = "scheduled";
        if (CANCELLED.matcher(sentence).find()) {
            status = "cancelled";
            confidence.put("status", 0.7);
        } else if (MOVED.matcher(sentence).find() && date != null) {
            status = "moved";
            confidence.put("status", 0.7);
        }
        return new ExtractedEvent(eventName, name.url(), date == null ? null : date.from(),
                date == null ? null : date.to(), date != null && date.approximate(), role, city, status, List.of(),
                sentence.strip(), Map.copyOf(confidence), List.copyOf(flags));
    }

    /** The name, with the place that follows it when it names none: "a Data Saturday in Lisbon". */
    static String withPlace(EventNames.Name name, String paragraph) {
        if (!Places.citiesIn(name.text()).isEmpty() || name.end() > paragraph.length()) {
            return name.text();
        }
        Matcher inPlace = IN_PLACE.matcher(paragraph.substring(name.end()));
        if (inPlace.find()) {
            List<Places.Place> places = Places.citiesIn(inPlace.group(1));
            if (!places.isEmpty() && places.get(0).start() == 0) {
                return name.text() + " " + places.get(0).name();
            }
        }
        return name.text();
    }

    /** The city in the name, else the one the sentence names. */
    private static String city(String eventName, String sentence) {
        List<Places.Place> inName = Places.citiesIn(eventName);
        if (!inName.isEmpty()) {
            return inName.get(inName.size() - 1).name();
        }
        List<Places.Place> inSentence = Places.citiesIn(sentence);
        return inSentence.size() == 1 ? inSentence.get(0).name() : null;
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

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

package dev.roundup.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which known event a mention is of: the same page, or the same name (its words, so that "Data Saturday Lisbon" and
 * "Data Saturday Lisbon 2026" agree), on dates that fit. Two dated ones fit when they are the same day or one's range
 * holds the other; an undated one fits an event announced for up to ten months after the post, or reported on up to
 * two months after it happened.
 */
final class EventMatcher {

    /** A known event, with the first and last post dates of its mentions. */
    record Candidate(long id, String name, String normalizedUrl, LocalDate startsOn, LocalDate endsOn,
            boolean approximate, LocalDate firstPost, LocalDate lastPost, boolean alias) {
    }

    static final int ANNOUNCED_DAYS_AHEAD = 300;
    static final int REPORTED_DAYS_AFTER = 60;
    static final int SAME_PAGE_DAYS = 31;

    private EventMatcher() {
    }

    static Optional<Long> best(ExtractedEvent mention, String normalizedUrl, LocalDate postDate,
            List<Candidate> candidates) {
        Set<String> key = EventNames.key(mention.name());
        // an editor's alias holds whatever the dates; a mention saying the event moved keeps its page or its name;
        // the same page within a month is the same event (an editor's dates, a post a day off)
        boolean moved = "moved".equals(mention.status());
        return candidates.stream().filter(candidate -> candidate.alias() || datesFit(mention, postDate, candidate)
                || sameUrl(normalizedUrl, candidate) && (moved || withinAMonth(mention, candidate))
                || moved && key.equals(EventNames.key(candidate.name())))
                .filter(candidate -> candidate.alias() || sameUrl(normalizedUrl, candidate)
                        || namesFit(key, EventNames.key(candidate.name()), mention.startsOn() != null
                                && mention.startsOn().equals(candidate.startsOn())))
                .min(Comparator.comparing((Candidate candidate) -> !candidate.alias() && !sameUrl(normalizedUrl, candidate)
                        && !key.equals(EventNames.key(candidate.name())))
                        .thenComparingLong(candidate -> distance(mention, postDate, candidate)))
                .map(Candidate::id);
    }

    private static boolean sameUrl(String normalizedUrl, Candidate candidate) {
        return normalizedUrl != null && normalizedUrl.equals(candidate.normalizedUrl());
    }

    /** The same words, or one name's words all in the other's: three of them at least unless the day is the same. */
    static boolean namesFit(Set<String> mention, Set<String> known, boolean sameDay) {
        if (mention.isEmpty() || known.isEmpty()) {
            return false;
        }
        if (mention.equals(known)) {
            return true;
        }
        Set<String> shorter = mention.size() <= known.size() ? mention : known;
        Set<String> longer = shorter == mention ? known : mention;
        return longer.containsAll(shorter) && (sameDay || shorter.size() >= 3);
    }

    static boolean datesFit(ExtractedEvent mention, LocalDate postDate, Candidate candidate) {
        LocalDate start = mention.startsOn();
        if (start != null && candidate.startsOn() != null) {
            return Math.abs(ChronoUnit.DAYS.between(start, candidate.startsOn())) <= 1
                    || mention.approximate() && !candidate.startsOn().isBefore(start)
                            && !candidate.startsOn().isAfter(mention.endsOn())
                    || candidate.approximate() && !start.isBefore(candidate.startsOn())
                            && !start.isAfter(Objects.requireNonNullElse(candidate.endsOn(), candidate.startsOn()));
        }
        if (start == null && candidate.startsOn() != null) {
            return within(postDate, candidate.startsOn());
        }
        if (start != null) {
            return candidate.lastPost() == null || within(candidate.lastPost(), start);
        }
        return candidate.lastPost() == null || Math.abs(ChronoUnit.DAYS.between(candidate.lastPost(), postDate)) <= 120;
    }

    private static boolean withinAMonth(ExtractedEvent mention, Candidate candidate) {
        return mention.startsOn() != null && candidate.startsOn() != null
                && Math.abs(ChronoUnit.DAYS.between(mention.startsOn(), candidate.startsOn())) <= SAME_PAGE_DAYS;
    }

    /** Whether a post of this date can speak of an event on that day: before it, or soon after. */
    private static boolean within(LocalDate postDate, LocalDate eventDate) {
        long days = ChronoUnit.DAYS.between(postDate, eventDate);
        return days <= ANNOUNCED_DAYS_AHEAD && days >= -REPORTED_DAYS_AFTER;
    }

    private static long distance(ExtractedEvent mention, LocalDate postDate, Candidate candidate) {
        LocalDate mentioned = mention.startsOn() != null ? mention.startsOn() : postDate;
        LocalDate known = candidate.startsOn() != null ? candidate.startsOn()
                : Objects.requireNonNullElse(candidate.lastPost(), postDate);
        return Math.abs(ChronoUnit.DAYS.between(mentioned, known));
    }
}

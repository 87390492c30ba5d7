package dev.roundup.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One mention of an event in one post's WIND section, as the extractor read it.
 *
 * @param confidence how sure the extractor is of each field, from 0 to 1, keyed by field name
 * @param passage the sentence the mention was read from
 * @param flags what a reader should check: "weekday-mismatch" (the weekday given is not the date's), "undated"
 */
public record ExtractedEvent(
        String name,
        String url,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean approximate,
        String role,
        String city,
        String status,
        List<Talk> talks,
        String passage,
        Map<String, Double> confidence,
        List<String> flags) {

    /** A talk at the event: the author's (with its abstract), or one an events list names (with its link). */
    public record Talk(String title, String summary, String url) {

        public Talk(String title, String summary) {
            this(title, summary, null);
        }
    }

    ExtractedEvent withTalks(List<Talk> more) {
        List<Talk> all = new java.util.ArrayList<>(talks);
        all.addAll(more);
        return new ExtractedEvent(name, url, startsOn, endsOn, approximate, role, city, status, List.copyOf(all),
                passage, confidence, flags);
    }
}

package dev.roundup.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which known event a mention is of: by page or by the words of its name, on dates that fit. */
class EventMatcherTest {

    static final LocalDate POST = LocalDate.of(2026, 4, 5);

    private static ExtractedEvent mention(String name, String url, LocalDate start, String status) {
        return new ExtractedEvent(name, url, start, start, false, null, null, status, List.of(), "", Map.of(),
                List.of());
    }

    private static EventMatcher.Candidate known(long id, String name, String url, LocalDate start, LocalDate lastPost) {
        return new EventMatcher.Candidate(id, name, url, start, start, false, lastPost, lastPost, false);
    }

    @Test
    void the_same_name_with_or_without_its_year_is_the_same_event_on_the_same_day() {
        List<EventMatcher.Candidate> known = List.of(known(1, "Data Saturday Porto 2026", null,
                LocalDate.of(2026, 5, 9), POST.minusDays(7)));
        assertThat(EventMatcher.best(mention("Data Saturday Porto", null, LocalDate.of(2026, 5, 9), "scheduled"), null,
                POST, known)).contains(1L);
        // next year's edition is another event
        assertThat(EventMatcher.best(mention("Data Saturday Porto", null, LocalDate.of(2027, 5, 8), "scheduled"), null,
                POST, known)).isEmpty();
    }

    @Test
    void an_undated_mention_joins_the_event_announced_ahead_or_just_past() {
        List<EventMatcher.Candidate> known = List.of(known(1, "Data Saturday Porto", null, LocalDate.of(2026, 5, 9),
                POST));
        assertThat(EventMatcher.best(mention("Data Saturday Porto", null, null, "scheduled"), null, POST, known))
                .contains(1L);
        assertThat(EventMatcher.best(mention("Data Saturday Porto", null, null, "scheduled"), null,
                LocalDate.of(2026, 5, 24), known)).contains(1L);
        // a year later it is another edition
        assertThat(EventMatcher.best(mention("Data Saturday Porto", null, null, "scheduled"), null,
                LocalDate.of(2027, 4, 4), known)).isEmpty();
    }

    @Test
    void short_names_must_be_the_same_words_unless_the_day_is_the_same() {
        assertThat(EventMatcher.namesFit(EventNames.key("Stream Day"), EventNames.key("Stream Day Braga"), false))
                .isFalse();
        assertThat(EventMatcher.namesFit(EventNames.key("Stream Day"), EventNames.key("Stream Day Braga"), true))
                .isTrue();
        assertThat(EventMatcher.namesFit(EventNames.key("Coast & Data Roadshow Faro"),
                EventNames.key("Coast/ML & Data Roadshow Faro"), false)).isTrue();
        assertThat(EventNames.key(".NET Conf 2026")).isEqualTo(EventNames.key(".NET Conference"));
    }

    @Test
    void the_same_page_within_a_month_is_the_same_event_a_year_later_another() {
        List<EventMatcher.Candidate> known = List.of(known(1, "Lagoon Summit", "lagoon.example.org",
                LocalDate.of(2026, 5, 9), POST));
        assertThat(EventMatcher.best(mention("The summit at the lagoon", "https://lagoon.example.org/",
                LocalDate.of(2026, 5, 11), "scheduled"), "lagoon.example.org", POST, known)).contains(1L);
        assertThat(EventMatcher.best(mention("Lagoon Summit", "https://lagoon.example.org/", LocalDate.of(2027, 5, 8),
                "scheduled"), "lagoon.example.org", POST, known)).isEmpty();
    }

    @Test
    void a_moved_event_keeps_its_page_whatever_the_new_date() {
        List<EventMatcher.Candidate> known = List.of(known(1, "Lagoon Summit", "lagoon.example.org",
                LocalDate.of(2026, 5, 9), POST));
        assertThat(EventMatcher.best(mention("Lagoon Summit", "https://lagoon.example.org/", LocalDate.of(2026, 6, 27),
                "moved"), "lagoon.example.org", POST, known)).contains(1L);
        assertThat(EventMatcher.best(mention("Lagoon Summit", "https://lagoon.example.org/", LocalDate.of(2026, 6, 27),
                "scheduled"), "lagoon.example.org", POST, known)).isEmpty();
    }
}

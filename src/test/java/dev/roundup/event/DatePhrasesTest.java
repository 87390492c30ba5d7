package dev.roundup.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Date phrases resolved against a post's date, on sentences written for these tests. */
class DatePhrasesTest {

    // a Sunday, like most roundups
    static final LocalDate SUNDAY = LocalDate.of(2026, 3, 8);

    private static LocalDate first(String text) {
        return first(text, SUNDAY);
    }

    private static LocalDate first(String text, LocalDate postDate) {
        List<DateMatch> dates = DatePhrases.find(text, postDate);
        assertThat(dates).as(text).isNotEmpty();
        return dates.get(0).from();
    }

    @Test
    void relative_days_count_from_the_post() {
        assertThat(first("I fly out tomorrow.")).isEqualTo("2026-03-09");
        assertThat(first("Yesterday was a long day.")).isEqualTo("2026-03-07");
        assertThat(first("I came home yesterday evening.")).isEqualTo("2026-03-07");
        assertThat(first("This evening I board a plane.")).isEqualTo("2026-03-08");
    }

    @Test
    void weekdays_are_the_next_ones_unless_the_sentence_tells_of_the_past() {
        assertThat(first("The meetup is this coming Saturday.")).isEqualTo("2026-03-14");
        assertThat(first("See you next Friday.")).isEqualTo("2026-03-13");
        assertThat(first("The workshop is next week Tuesday.")).isEqualTo("2026-03-10");
        assertThat(first("The workshop is Thursday next week.")).isEqualTo("2026-03-12");
        assertThat(first("Last Friday I gave a talk.")).isEqualTo("2026-03-06");
        assertThat(first("This Saturday I presented two sessions.")).isEqualTo("2026-03-07");
        assertThat(first("This Saturday I present two sessions.")).isEqualTo("2026-03-14");
    }

    @Test
    void weekends_are_their_saturday() {
        assertThat(first("I was in the mountains this weekend.")).isEqualTo("2026-03-07");
        assertThat(first("Next weekend we are on the road again.")).isEqualTo("2026-03-14");
        assertThat(first("This weekend is the summit.", LocalDate.of(2026, 3, 11))).isEqualTo("2026-03-14");
    }

    @Test
    void ordinals_and_months_without_a_year_are_the_next_occurrence() {
        assertThat(first("It is on the 30th of September.")).isEqualTo("2026-09-30");
        assertThat(first("It is on the 6th of January.")).isEqualTo("2027-01-06");
        // weeks ago rather than most of a year ahead
        assertThat(first("It is on February 2nd.")).isEqualTo("2026-02-02");
        assertThat(first("It is on the 6th of March.")).isEqualTo("2026-03-06");
        assertThat(first("It took place on the 1st of February.")).isEqualTo("2026-02-01");
        assertThat(first("It is on the 20th of December.")).isEqualTo("2026-12-20");
        assertThat(first("It is on 14 March 2027.")).isEqualTo("2027-03-14");
    }

    @Test
    void ranges_within_and_across_months() {
        assertThat(DatePhrases.find("It runs September 30 - October 2.", SUNDAY))
                .extracting(DateMatch::from, DateMatch::to)
                .containsExactly(tuple(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 2)));
        assertThat(DatePhrases.find("It runs from the 4th to the 6th of June.", SUNDAY))
                .extracting(DateMatch::from, DateMatch::to)
                .containsExactly(tuple(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 6)));
        assertThat(DatePhrases.find("It runs December 30 to January 2.", SUNDAY))
                .extracting(DateMatch::from, DateMatch::to)
                .containsExactly(tuple(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2)));
    }

    @Test
    void two_days_of_one_month_are_two_dates() {
        assertThat(DatePhrases.find("In Porto and Braga on the 9th and 16th of May, respectively.", SUNDAY))
                .extracting(DateMatch::from)
                .containsExactly(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 16));
    }

    @Test
    void a_weekday_that_does_not_match_keeps_the_date_with_a_flag() {
        DateMatch wrong = DatePhrases.find("It is this coming Sunday, March 14.", SUNDAY).get(0);
        assertThat(wrong.from()).isEqualTo("2026-03-14");
        assertThat(wrong.weekdayMismatch()).isTrue();
        assertThat(wrong.confidence()).isEqualTo(DatePhrases.WEEKDAY_DISAGREES);
        DateMatch right = DatePhrases.find("It is on Saturday, March 14.", SUNDAY).get(0);
        assertThat(right.weekdayMismatch()).isFalse();
    }

    @Test
    void periods_are_approximate_ranges() {
        DateMatch late = DatePhrases.find("It moved to the end of May.", SUNDAY).get(0);
        assertThat(late.approximate()).isTrue();
        assertThat(late.from()).isEqualTo("2026-05-21");
        assertThat(late.to()).isEqualTo("2026-05-31");
    }
}

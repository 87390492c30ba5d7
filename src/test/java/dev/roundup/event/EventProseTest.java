package dev.roundup.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the extractor names, places and dates events in prose written for these tests, one rule per test. */
class EventProseTest {

    // a Sunday, like most roundups
    static final LocalDate SUNDAY = LocalDate.of(2026, 3, 8);

    private static List<ExtractedEvent> events(String markdown) {
        return EventExtractorTest.extract(markdown, SUNDAY).events();
    }

    @Test
    void a_link_to_a_persons_profile_is_a_speaker_not_an_event() {
        assertThat(events("I co-present with [Ana Lopes](https://www.linkedin.com/in/ana-lopes/) at the"
                + " **Harbour Data Day** on the 21st of March.")).extracting(ExtractedEvent::name, ExtractedEvent::startsOn)
                .containsExactly(tuple("Harbour Data Day", LocalDate.of(2026, 3, 21)));
        assertThat(events("Thanks to [Rui](https://twitter.com/rui_codes) for the photos on March 21.")).isEmpty();
        // a linked name without an event's head word is an event only where the sentence speaks of one
        assertThat(events("Thanks to [Rui Santos](https://rui.example.org/) for the photos on March 21.")).isEmpty();
        assertThat(events("On March 21 I give a talk at [Harbour Guild](https://guild.example.org/).")).extracting(
                ExtractedEvent::name).containsExactly("Harbour Guild");
    }

    @Test
    void registration_and_details_links_are_never_names() {
        assertThat(events("Seats are limited, so [**REGISTER**](https://tickets.example.org/e/1) for"
                + " **Harbour Data Day** on March 21.")).extracting(ExtractedEvent::name)
                .containsExactly("Harbour Data Day");
        assertThat(events("[Register for Porto (while you can!)](https://tickets.example.org/e/2) - it is on"
                + " March 21.")).isEmpty();
        assertThat(events("You can sign up [here](https://tickets.example.org/e/3) until March 21.")).isEmpty();
        assertThat(events("* [Braga Stream Summit Registration](https://tickets.example.org/e/4)")).isEmpty();
        assertThat(events("* [**Register for Braga Stream Summit**](https://tickets.example.org/e/5)"))
                .extracting(ExtractedEvent::name, ExtractedEvent::url).containsExactly(tuple("Braga Stream Summit", null));
    }

    @Test
    void a_venue_is_a_venue() {
        assertThat(events("We meet at [**Riverside College**](https://riverside.example.edu/) on March 21 for"
                + " **Campus Kafka Day**.")).extracting(ExtractedEvent::name).containsExactly("Campus Kafka Day");
        assertThat(events("The venue is the Lakeview Hotel and Convention Centre on March 21.")).isEmpty();
    }

    @Test
    void a_link_that_names_what_follows_it_is_the_name() {
        assertThat(events("Tomorrow I fly to Lisbon for the [FLUX](https://flux.example.org/) conference."))
                .extracting(ExtractedEvent::name, ExtractedEvent::startsOn, ExtractedEvent::city)
                .containsExactly(tuple("FLUX", LocalDate.of(2026, 3, 9), "Lisbon"));
    }

    @Test
    void a_sentence_naming_no_event_continues_the_one_named_before() {
        assertThat(events("We are organising **Coastal Data Day** again. The event will be on the 18th of April,"
                + " in Porto.")).extracting(ExtractedEvent::name, ExtractedEvent::startsOn, ExtractedEvent::city)
                // its undated mention in the first sentence is the same mention: one per post
                .containsExactly(tuple("Coastal Data Day", LocalDate.of(2026, 4, 18), "Porto"));
        // a trip is not the event
        assertThat(events("I loved **Coastal Data Day**. I fly to Madrid on Saturday (March 14) for a holiday."))
                .extracting(ExtractedEvent::startsOn).containsOnlyNulls();
    }

    @Test
    void a_caption_names_the_event_the_next_paragraph_dates() {
        assertThat(events("""
                **Figure 1:** *Valley Stream Summit Porto*

                I am presenting my Kafka session in Porto on the 18th of April.
                """)).extracting(ExtractedEvent::name, ExtractedEvent::startsOn, ExtractedEvent::role)
                .containsExactly(tuple("Valley Stream Summit Porto", LocalDate.of(2026, 4, 18), "speaker"));
    }

    @Test
    void one_of_a_series_in_a_named_city_is_that_citys_event() {
        assertThat(events("The [**Code Saturdays**](https://codesaturdays.example.org/) are back. One is coming up"
                + " in Braga on April 18, and I am preparing a talk.")).extracting(ExtractedEvent::name,
                        ExtractedEvent::startsOn, ExtractedEvent::city)
                .containsExactly(tuple("Code Saturday Braga", LocalDate.of(2026, 4, 18), "Braga"));
    }

    @Test
    void one_name_in_two_cities_on_two_days_is_two_events() {
        assertThat(events("I speak at the **Stream Summit** events in Porto and Madrid on the 18th and 25th of April,"
                + " respectively.")).extracting(ExtractedEvent::name, ExtractedEvent::startsOn, ExtractedEvent::city)
                .containsExactly(tuple("Stream Summit - Porto", LocalDate.of(2026, 4, 18), "Porto"),
                        tuple("Stream Summit - Madrid", LocalDate.of(2026, 4, 25), "Madrid"));
    }

    @Test
    void the_city_is_a_known_place_never_any_capitalised_word_after_in() {
        assertThat(events("**Harbour Data Day** in Town Hall Square is on March 21.")).extracting(ExtractedEvent::city)
                .containsExactly((String) null);
        assertThat(events("**Harbour Data Day** is on March 21 in Cape Town.")).extracting(ExtractedEvent::city)
                .containsExactly("Cape Town");
        assertThat(events("The **Data Saturday** in Durban is on March 21.")).extracting(ExtractedEvent::name)
                .containsExactly("Data Saturday Durban");
    }

    @Test
    void an_event_that_moved_says_so_and_keeps_the_new_date() {
        assertThat(events("I should have been at **Hill Data Day** this weekend. However, the event has been moved"
                + " to the 25th of April.")).extracting(ExtractedEvent::startsOn, ExtractedEvent::status)
                .containsExactly(tuple(LocalDate.of(2026, 4, 25), "moved"));
        assertThat(events("Sadly **Hill Data Day** on April 25 has been cancelled.")).extracting(ExtractedEvent::status)
                .containsExactly("cancelled");
    }

    @Test
    void a_named_event_without_a_date_is_a_mention_flagged_undated() {
        assertThat(events("Next on my list: the **Glacier Stream Conference**, more soon.")).extracting(
                ExtractedEvent::name, ExtractedEvent::startsOn, ExtractedEvent::flags)
                .containsExactly(tuple("Glacier Stream Conference", null, List.of("undated")));
    }

    @Test
    void an_undated_name_in_a_sentence_not_about_the_author_is_no_mention() {
        assertThat(events("The **Global Stream Conference** keynotes were streamed worldwide.")).isEmpty();
        assertThat(events("I watched the **Global Stream Conference** keynotes.")).extracting(ExtractedEvent::name)
                .containsExactly("Global Stream Conference");
    }

    @Test
    void a_wrong_weekday_is_flagged_and_the_date_kept() {
        assertThat(events("I present at **Harbour Data Day** this coming Sunday, March 14.")).extracting(
                ExtractedEvent::startsOn, ExtractedEvent::flags)
                .containsExactly(tuple(LocalDate.of(2026, 3, 14), List.of("weekday-mismatch")));
    }

    @Test
    void holidays_and_deadlines_are_not_events_or_event_dates() {
        assertThat(events("Christmas Day is on December 25, and I will be offline.")).isEmpty();
        assertThat(events("Our call for speakers for **Harbour Data Day** closes on March 20.")).extracting(
                ExtractedEvent::startsOn).containsOnlyNulls();
    }
}

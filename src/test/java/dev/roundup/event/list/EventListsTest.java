package dev.roundup.event.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per line format of events lists; every line here is made up in the shape of the real ones. */
class EventListsTest {

    private static final LocalDate ISSUE = LocalDate.of(2027, 3, 10);

    private static EventLists.Reading read(String markdown, LocalDate issue) {
        return EventLists.read(List.of(new EventLists.Section(markdown, 40)), markdown, issue);
    }

    private static ListedEvent only(String markdown) {
        EventLists.Reading reading = read(markdown, ISSUE);
        assertThat(reading.events()).hasSize(1);
        return reading.events().get(0);
    }

    @Test
    void iso_date_with_mode_place_group_and_one_nested_talk() {
        ListedEvent event = only("""
                ## Upcoming Events

                ### Virtual
                * 2027-03-12 | Hybrid (Tallinn, EE) | [Baltic Crabs](https://meet.example.org/baltic-crabs)
                    * [**Borrowing Without Tears**](https://meet.example.org/baltic-crabs/events/901/)
                """);
        assertThat(event.startsOn()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(event.endsOn()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(event.name()).isEqualTo("Borrowing Without Tears");
        assertThat(event.url()).isEqualTo("https://meet.example.org/baltic-crabs/events/901/");
        assertThat(event.mode()).isEqualTo("hybrid");
        assertThat(event.city()).isEqualTo("Tallinn");
        assertThat(event.country()).isEqualTo("EE");
        assertThat(event.countryCode()).isEqualTo("EE");
        assertThat(event.regionHeading()).isEqualTo("Virtual");
        assertThat(event.groupName()).isEqualTo("Baltic Crabs");
        assertThat(event.groupUrl()).isEqualTo("https://meet.example.org/baltic-crabs");
        assertThat(event.talks()).containsExactly(new ListedEvent.Talk("Borrowing Without Tears",
                "https://meet.example.org/baltic-crabs/events/901/"));
        assertThat(event.position()).isEqualTo(1);
        assertThat(event.line()).contains("Baltic Crabs").contains("Borrowing Without Tears");
    }

    @Test
    void city_state_country_in_person_with_iso_codes_and_several_talks() {
        ListedEvent event = only("""
                ## Upcoming Events
                ### North America
                * 2027-03-18 | Boise, ID, US | [Gem State Oxidizers](https://meet.example.org/gem-oxidizers)
                    * [**Lightning talks**](https://meet.example.org/gem-oxidizers/events/1/)
                    * [**Pizza and pairing**](https://meet.example.org/gem-oxidizers/events/2/)
                """);
        assertThat(event.mode()).isEqualTo("in-person");
        assertThat(event.city()).isEqualTo("Boise");
        assertThat(event.region()).isEqualTo("ID");
        assertThat(event.regionCode()).isEqualTo("US-ID");
        assertThat(event.country()).isEqualTo("US");
        assertThat(event.countryCode()).isEqualTo("US");
        assertThat(event.regionHeading()).isEqualTo("North America");
        assertThat(event.name()).isEqualTo("Gem State Oxidizers");
        assertThat(event.url()).isEqualTo("https://meet.example.org/gem-oxidizers");
        assertThat(event.talks()).extracting(ListedEvent.Talk::title).containsExactly("Lightning talks",
                "Pizza and pairing");
    }

    @Test
    void virtual_with_and_without_a_place_and_uk_is_gb() {
        EventLists.Reading reading = read("""
                ## Upcoming Events
                ### Virtual
                * 2027-03-15 | Virtual | [Remote Rustaceans](https://meet.example.org/remote)
                * 2027-03-16 | Virtual (Leeds, UK) | [Aire Valley Crabs](https://meet.example.org/aire)
                """, ISSUE);
        assertThat(reading.events()).extracting(ListedEvent::mode).containsExactly("virtual", "virtual");
        assertThat(reading.events().get(0).city()).isNull();
        ListedEvent leeds = reading.events().get(1);
        assertThat(leeds.city()).isEqualTo("Leeds");
        assertThat(leeds.country()).isEqualTo("UK");
        assertThat(leeds.countryCode()).isEqualTo("GB");
        assertThat(leeds.position()).isEqualTo(2);
    }

    @Test
    void iso_ranges_in_both_spellings() {
        EventLists.Reading reading = read("""
                # Upcoming Events
                * 2027-04-06 - 2027-04-09 | Lyon, FR | [Ferrous Days](https://ferrous.example.fr/)
                * 2027-03-27-28 | Porto, PT | [Weekend Hack](https://hack.example.pt/)
                """, ISSUE);
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2027, 4, 6),
                LocalDate.of(2027, 3, 27));
        assertThat(reading.events()).extracting(ListedEvent::endsOn).containsExactly(LocalDate.of(2027, 4, 9),
                LocalDate.of(2027, 3, 28));
    }

    @Test
    void date_place_title_and_group_inside_the_link() {
        ListedEvent event =
                only("""
                        ## Upcoming Events
                        ### Europe
                        * [March 14, 2027 | Ghent, BE | **Trait Objects Night** | Flanders Oxide, a local group](https://oxide.example.be/2027/03/14)
                        """);
        assertThat(event.startsOn()).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(event.name()).isEqualTo("Trait Objects Night");
        assertThat(event.url()).isEqualTo("https://oxide.example.be/2027/03/14");
        assertThat(event.city()).isEqualTo("Ghent");
        assertThat(event.countryCode()).isEqualTo("BE");
        assertThat(event.groupName()).isEqualTo("Flanders Oxide, a local group");
    }

    @Test
    void abbreviated_month_with_place_and_title_in_the_link_without_a_year() {
        ListedEvent event = only("""
                # Upcoming Events
                * [Mar 22. Tampere, FI - Sauna and Lifetimes](https://meet.example.org/tampere/7).
                """);
        assertThat(event.startsOn()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(event.name()).isEqualTo("Sauna and Lifetimes");
        assertThat(event.city()).isEqualTo("Tampere");
        assertThat(event.countryCode()).isEqualTo("FI");
        assertThat(event.url()).isEqualTo("https://meet.example.org/tampere/7");
    }

    @Test
    void full_month_with_year_place_and_title() {
        ListedEvent event = only("""
                # Upcoming Events
                * [March 19, 2027, Austin, TX, US - Async Brunch](https://meet.example.org/atx/19)
                """);
        assertThat(event.startsOn()).isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(event.name()).isEqualTo("Async Brunch");
        assertThat(event.regionCode()).isEqualTo("US-TX");
    }

    @Test
    void numeric_month_and_day_with_and_without_a_link() {
        EventLists.Reading reading = read("""
                # Upcoming Events

                * 3/11. Crate maintainers' call on the community chat.
                * [3/12. Harbour City Rust Night - Hack Evening](https://meet.example.org/harbour/12).
                """, ISSUE);
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2027, 3, 11),
                LocalDate.of(2027, 3, 12));
        assertThat(reading.events()).extracting(ListedEvent::name).containsExactly(
                "Crate maintainers' call on the community chat", "Harbour City Rust Night - Hack Evening");
        assertThat(reading.events().get(0).url()).isNull();
        assertThat(reading.events().get(1).url()).isEqualTo("https://meet.example.org/harbour/12");
    }

    @Test
    void a_date_after_the_link() {
        ListedEvent event = only("""
                # Upcoming Events
                * [Ferris Fans Social](https://social.example.org/ferris), March 25th
                """);
        assertThat(event.startsOn()).isEqualTo(LocalDate.of(2027, 3, 25));
        assertThat(event.name()).isEqualTo("Ferris Fans Social");
        assertThat(event.url()).isEqualTo("https://social.example.org/ferris");
    }

    @Test
    void month_ranges_across_months_and_with_an_ampersand() {
        EventLists.Reading reading = read("""
                # Upcoming Events
                * [Mar 31 - Apr 2. Oxbridge Rust Days](https://days.example.org/).
                * [Apr 17 & 18. Weekend of Macros](https://macros.example.org/).
                """, ISSUE);
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 4, 17));
        assertThat(reading.events()).extracting(ListedEvent::endsOn).containsExactly(LocalDate.of(2027, 4, 2),
                LocalDate.of(2027, 4, 18));
    }

    @Test
    void misspelt_months_are_read_with_a_warning() {
        EventLists.Reading reading = read("""
                # Upcoming Events
                * [Octover 5. Kelp Forest Rust](https://kelp.example.org/5).
                * [Dex 1. Snowline Crabs](https://snow.example.org/1).
                """, LocalDate.of(2027, 9, 29));
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2027, 10, 5),
                LocalDate.of(2027, 12, 1));
        assertThat(reading.warnings()).hasSize(2);
        assertThat(reading.warnings().get(0)).startsWith("line 41: month 'Octover' read as October");
        assertThat(reading.warnings().get(1)).startsWith("line 42: month 'Dex' read as December");
    }

    @Test
    void a_date_without_a_year_in_a_december_issue_is_next_year() {
        EventLists.Reading reading = read("""
                # Upcoming Events
                * [Jan 5. New Year Borrow Check](https://meet.example.org/ny).
                * [Dec 20. Solstice Crabs](https://meet.example.org/solstice).
                """, LocalDate.of(2027, 12, 15));
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2028, 1, 5),
                LocalDate.of(2027, 12, 20));
    }

    @Test
    void last_years_number_in_a_january_issue_is_read_as_this_year_with_a_warning() {
        EventLists.Reading reading = read("""
                ## Upcoming Events
                * 2027-01-14 | Virtual | [Winter Crabs](https://meet.example.org/winter)
                """, LocalDate.of(2028, 1, 5));
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2028, 1, 14));
        assertThat(reading.warnings()).singleElement().asString().contains("year 2027 read as 2028");
    }

    @Test
    void a_line_without_a_date_is_no_event_and_is_reported() {
        EventLists.Reading reading = read("""
                # Upcoming Events
                * [The community calendar](https://calendar.example.org/)
                """, ISSUE);
        assertThat(reading.events()).isEmpty();
        assertThat(reading.warnings()).singleElement().asString().startsWith("line 41: no date");
    }

    @Test
    void template_comments_and_text_are_not_events_and_region_headings_written_too_high_still_count() {
        EventLists.Reading reading = read("""
                ## Upcoming Events

                Events between 03/10 and 04/07

                <!--
                * 2027-01-01 | Virtual | [Example Group](https://example.com/group)
                -->
                ### Virtual
                * 2027-03-11 | Virtual | [Remote Rustaceans](https://meet.example.org/remote)
                ## Oceania
                * 2027-03-13 | Hobart, AU | [Tasman Crabs](https://meet.example.org/tasman)

                If you run an event, add it to the [calendar].

                [calendar]: https://calendar.example.org/
                """, ISSUE);
        assertThat(reading.events()).extracting(ListedEvent::name).containsExactly("Remote Rustaceans",
                "Tasman Crabs");
        assertThat(reading.events()).extracting(ListedEvent::regionHeading).containsExactly("Virtual", "Oceania");
    }

    @Test
    void reference_links_are_resolved_from_the_whole_post() {
        ListedEvent event = only("""
                # Upcoming Events
                * [3/20. Valley Oxidizers][valley].

                [valley]: https://meet.example.org/valley/20
                """);
        assertThat(event.url()).isEqualTo("https://meet.example.org/valley/20");
        assertThat(event.name()).isEqualTo("Valley Oxidizers");
    }

    @Test
    void month_typos_are_read_only_when_one_month_is_near() {
        assertThat(MonthNames.read("Octover")).map(MonthNames.Read::month).contains(java.time.Month.OCTOBER);
        assertThat(MonthNames.read("Sept")).map(MonthNames.Read::corrected).contains(false);
        assertThat(MonthNames.read("Febuary")).map(MonthNames.Read::month).contains(java.time.Month.FEBRUARY);
        assertThat(MonthNames.read("Rust")).isEmpty();
    }

    @Test
    void inside_the_link_without_bold_the_first_part_is_the_title_and_the_next_the_group() {
        ListedEvent event = only("""
                # Upcoming Events
                * [March 21, 2027 | Online | Borrow Checker Clinic | Remote Rustaceans](https://meet.example.org/clinic)
                """);
        assertThat(event.name()).isEqualTo("Borrow Checker Clinic");
        assertThat(event.groupName()).isEqualTo("Remote Rustaceans");
        assertThat(event.mode()).isEqualTo("virtual");
    }

    @Test
    void a_group_and_its_talk_on_one_line() {
        ListedEvent event =
                only("""
                        ## Upcoming Events
                        * 2027-03-23 | Virtual (Quito, EC) | [Andes Crabs](https://meet.example.org/andes) - [**Macros 101**](https://meet.example.org/andes/events/3)
                        """);
        assertThat(event.name()).isEqualTo("Macros 101");
        assertThat(event.url()).isEqualTo("https://meet.example.org/andes/events/3");
        assertThat(event.groupName()).isEqualTo("Andes Crabs");
        assertThat(event.groupUrl()).isEqualTo("https://meet.example.org/andes");
    }

    @Test
    void swapped_month_and_day_and_a_decorated_link_are_still_read() {
        EventLists.Reading reading = read("""
                ## Upcoming Events
                * 2027-24-03 | Riga, LV | [Daugava Crabs](https://meet.example.org/daugava)
                * 🦀 [Mar 26. Kaunas, LT - Crab Supper](https://meet.example.org/kaunas/26)
                """, ISSUE);
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2027, 3, 24),
                LocalDate.of(2027, 3, 26));
        assertThat(reading.events().get(1).name()).isEqualTo("Crab Supper");
        assertThat(reading.warnings()).singleElement().asString().contains("read as 2027-03-24");
    }

    @Test
    void a_time_after_the_date_and_a_link_whose_brackets_broke() {
        EventLists.Reading reading = read("""
                ## Upcoming Events
                * 2027-03-29 18:30 | Vilnius, LT | [Neris Crabs](https://meet.example.org/neris)
                * [Mar 30. Tartu Borrowers(https://meet.example.org/tartu/30)
                """, ISSUE);
        assertThat(reading.events()).extracting(ListedEvent::startsOn).containsExactly(LocalDate.of(2027, 3, 29),
                LocalDate.of(2027, 3, 30));
        assertThat(reading.events().get(0).city()).isEqualTo("Vilnius");
        assertThat(reading.events().get(1).url()).isEqualTo("https://meet.example.org/tartu/30");
        assertThat(reading.events().get(1).name()).isEqualTo("Tartu Borrowers");
    }
}

package dev.roundup.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.ImportRules;
import dev.roundup.importer.ParsedPost;
import dev.roundup.importer.ParsedSection;
import dev.roundup.importer.PostParser;
import dev.roundup.section.SectionKind;
import dev.roundup.section.SectionKindRules;

/** The extractor on WIND prose written for these tests, one phrasing per case, and its precision and recall. */
class EventExtractorTest {

    // a Sunday, like every roundup
    static final LocalDate SUNDAY = LocalDate.of(2026, 8, 16);

    /** A WIND paragraph, the date of its post, and the events it names as "name|start|end". */
    record Case(String markdown, LocalDate postDate, List<String> expected) {
    }

    static final List<Case> CASES = List.of(
            new Case("[**Data Night Faro**](https://faro.example.pt/) is coming up on the 30th of September.", SUNDAY,
                    List.of("Data Night Faro|2026-09-30|2026-09-30")),
            new Case("I am speaking at the [Ring Road Roadshow](https://ring.example.org/) on November 11.", SUNDAY,
                    List.of("Ring Road Roadshow|2026-11-11|2026-11-11")),
            new Case("This coming Saturday, August 22, I am at [Campus Data Day](https://campus.example.org/).", SUNDAY,
                    List.of("Campus Data Day|2026-08-22|2026-08-22")),
            new Case("The meetup next Saturday with the [Harbour Data Group](https://harbour.example.org/) is full.", SUNDAY,
                    List.of("Harbour Data Group|2026-08-22|2026-08-22")),
            new Case("Tomorrow I give a webinar for the [Streaming Guild](https://guild.example.org/).", SUNDAY,
                    List.of("Streaming Guild|2026-08-17|2026-08-17")),
            new Case("Yesterday was [Hill Town Summit](https://hill.example.org/), and it was a lovely day.", SUNDAY,
                    List.of("Hill Town Summit|2026-08-15|2026-08-15")),
            new Case("Last Friday I attended [River Meetup](https://river.example.org/) as a guest.", SUNDAY,
                    List.of("River Meetup|2026-08-14|2026-08-14")),
            new Case("[Coast Conference](https://coast.example.org/) runs October 7-9, and I have a talk there.", SUNDAY,
                    List.of("Coast Conference|2026-10-07|2026-10-09")),
            new Case("[Lakeside Data Days](https://lake.example.org/) is from the 14th to the 16th of October.", SUNDAY,
                    List.of("Lakeside Data Days|2026-10-14|2026-10-16")),
            new Case("I am keynoting [Winter Stream Fest](https://winter.example.org/) on March 14, 2027.", SUNDAY,
                    List.of("Winter Stream Fest|2027-03-14|2027-03-14")),
            new Case("[Spring Data Camp](https://spring.example.org/) takes place on the 6th of February.", SUNDAY,
                    List.of("Spring Data Camp|2027-02-06|2027-02-06")),
            // the weekday does not match: 10 October 2026 is a Saturday; the date stays
            new Case("[Valley Summit](https://valley.example.org/) is on Friday, October 10.", SUNDAY,
                    List.of("Valley Summit|2026-10-10|2026-10-10")),
            // a vague period: an approximate range, with little confidence
            new Case("[Northern Lights Meetup](https://north.example.org/) will happen in late August.",
                    LocalDate.of(2026, 8, 2),
                    List.of("Northern Lights Meetup|2026-08-21|2026-08-31")),
            new Case("I hope to run [Forest Workshop](https://forest.example.org/) in late October or early November.", SUNDAY,
                    List.of("Forest Workshop|2026-10-21|2026-11-10")),
            new Case("After that, [Stream Day Vienna](https://vienna.example.org/) is on Saturday, October 10, and"
                    + " [Data Day Aveiro](https://aveiro.example.org/) takes place on the 6th of February.", SUNDAY,
                    List.of("Stream Day Vienna|2026-10-10|2026-10-10", "Data Day Aveiro|2027-02-06|2027-02-06")),
            new Case("The call for speakers for [Bridge Conference](https://bridge.example.org/) closes this coming Friday."
                    + " The event itself is on Saturday, October 24.", SUNDAY,
                    List.of("Bridge Conference|2026-10-24|2026-10-24")),
            // no linked name: no event
            new Case("On the 12th of September I am somewhere in the mountains, offline.", SUNDAY, List.of()),
            // a link that names no event
            new Case("The slides are on the [session page](https://slides.example.org/) since the 3rd of August.", SUNDAY,
                    List.of()),
            // a registration deadline is not the event's date: the named event is served without one
            new Case("Early-bird tickets for [Tower Summit](https://tower.example.org/) end on September 1.", SUNDAY,
                    List.of("Tower Summit|null|null")),
            new Case("Sadly, [Island Data Day](https://island.example.org/) on September 26 has been cancelled.", SUNDAY,
                    List.of("Island Data Day|2026-09-26|2026-09-26")),
            // a day that does not exist: the event is served, without a date
            new Case("[Mill Town Meetup](https://mill.example.org/) is on the 31st of September.", SUNDAY,
                    List.of("Mill Town Meetup|null|null")));

    @Test
    void every_phrasing_resolves_against_the_post_date_and_precision_and_recall_are_high() {
        int truePositives = 0;
        int extracted = 0;
        int expected = 0;
        for (Case example : CASES) {
            Set<String> found = new HashSet<>();
            for (ExtractedEvent event : extract(example.markdown(), example.postDate()).events()) {
                found.add(event.name() + "|" + event.startsOn() + "|" + event.endsOn());
            }
            Set<String> wanted = new HashSet<>(example.expected());
            assertThat(found).as(example.markdown()).isSubsetOf(wanted);
            extracted += found.size();
            expected += wanted.size();
            found.retainAll(wanted);
            truePositives += found.size();
            assertThat(found).as(example.markdown()).containsExactlyInAnyOrderElementsOf(wanted);
        }
        double precision = extracted == 0 ? 1 : (double) truePositives / extracted;
        double recall = expected == 0 ? 1 : (double) truePositives / expected;
        System.out.printf("event extraction on %d cases: precision %.2f, recall %.2f (%d found, %d expected, %d right)%n",
                CASES.size(), precision, recall, extracted, expected, truePositives);
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isEqualTo(1.0);
    }

    @Test
    void confidence_says_how_sure_each_date_is() {
        assertThat(start("[Valley Summit](https://valley.example.org/) is on Saturday, October 10.")).isEqualTo(0.95);
        assertThat(start("[Valley Summit](https://valley.example.org/) is on Friday, October 10.")).isEqualTo(0.5);
        assertThat(start("[Valley Summit](https://valley.example.org/) is on October 10.")).isEqualTo(0.85);
        assertThat(start("[Valley Summit](https://valley.example.org/) is next Saturday.")).isEqualTo(0.7);
        ExtractedEvent vague = extract("[Valley Summit](https://valley.example.org/) is in mid-October.", SUNDAY).events()
                .get(0);
        assertThat(vague.approximate()).isTrue();
        assertThat(vague.confidence().get("start")).isLessThan(0.5);
        assertThat(vague.startsOn()).isEqualTo("2026-10-11");
        assertThat(vague.endsOn()).isEqualTo("2026-10-20");
    }

    @Test
    void roles_cities_status_and_talks_are_read_from_the_passage() {
        List<ExtractedEvent> events = extract("""
                I am organising [Harbour Data Group](https://harbour.example.org/) next Saturday in Setúbal.

                I have a talk at [Data Saturday Lisbon](https://lisbon.example.org/) on the 3rd of October:

                * **Lies Our Dashboards Tell** - event time versus processing time.
                * **Twenty Minutes of Kafka**

                Sadly, [Island Data Day](https://island.example.org/) on September 26 has been cancelled.
                """, SUNDAY).events();

        assertThat(events).extracting(ExtractedEvent::name, ExtractedEvent::role, ExtractedEvent::city,
                ExtractedEvent::status).containsExactly(
                        tuple("Harbour Data Group", "organiser", "Setúbal", "scheduled"),
                        tuple("Data Saturday Lisbon", "speaker", "Lisbon", "scheduled"),
                        tuple("Island Data Day", null, null, "cancelled"));
        assertThat(events.get(1).talks()).containsExactly(
                new ExtractedEvent.Talk("Lies Our Dashboards Tell", "event time versus processing time."),
                new ExtractedEvent.Talk("Twenty Minutes of Kafka", null));
        assertThat(events.get(1).passage()).isEqualTo(
                "I have a talk at Data Saturday Lisbon on the 3rd of October:");
        assertThat(events.get(0).confidence()).containsKeys("name", "url", "start", "role", "city");
    }

    @Test
    void a_linked_name_without_a_date_is_only_a_reference() {
        EventExtractor.Extraction extraction = extract(
                "Thanks to the [Braga Data Science group](https://braga.example.pt/) for organising.", SUNDAY);
        assertThat(extraction.events()).isEmpty();
        assertThat(extraction.references()).extracting(EventExtractor.Reference::url)
                .containsExactly("https://braga.example.pt/");
    }

    @Test
    void the_wind_fixture_with_relative_dates_a_range_and_a_wrong_weekday() throws Exception {
        Path file = Path.of("src/test/resources/fixtures/variants/2026-08-16-wind-event-dates.md");
        // the demo blog's WIND headings, as its configuration names them
        SectionKindRules kinds = new SectionKindRules(Map.of(SectionKind.WIND, List.of("wind*", "what-is-*-doing*")));
        ParsedPost post = new PostParser("https://blog.example.org", 220, ImportRules.defaults().withKinds(kinds))
                .parse(file.getFileName().toString(), Files.readString(file));
        List<String> wind = post.sections().stream().filter(section -> section.kind() == SectionKind.WIND)
                .map(ParsedSection::html).toList();

        List<ExtractedEvent> events = EventExtractor.extract(wind, post.date().toLocalDate()).events();

        assertThat(events).extracting(ExtractedEvent::name, ExtractedEvent::startsOn).containsExactly(
                tuple("Lisbon Kafka User Group", LocalDate.of(2026, 8, 17)),
                tuple("Coimbra Data Circle", LocalDate.of(2026, 8, 22)),
                tuple("Data Saturday Faro", LocalDate.of(2026, 9, 12)),
                tuple("Stream Summit Vienna", LocalDate.of(2026, 10, 10)),
                tuple("Data Day Aveiro", LocalDate.of(2027, 2, 6)));
        assertThat(events.get(3).confidence().get("start")).isEqualTo(0.5);
        assertThat(events.get(2).talks()).isEmpty();
        assertThat(events.get(1).talks()).extracting(ExtractedEvent.Talk::title).containsExactly("Lag Is a Time, Not a Number");
    }

    private static double start(String markdown) {
        return extract(markdown, SUNDAY).events().get(0).confidence().get("start");
    }

    static EventExtractor.Extraction extract(String markdown, LocalDate postDate) {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        return EventExtractor.extract(html, postDate);
    }
}

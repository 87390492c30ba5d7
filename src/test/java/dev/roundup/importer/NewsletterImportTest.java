package dev.roundup.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.FileOutcome.Outcome;
import dev.roundup.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Another newsletter's archive (fixtures/newsletter) imported with the shipped settings, read through the API. */
@QuarkusTest
class NewsletterImportTest {

    private static final String CRAB_118 = "2026-05-06-weekly-crab-118";

    @Inject
    ImportService importService;

    @Inject
    EntityManager entityManager;

    private ImportReport report;

    @BeforeEach
    void importTheNewsletter() {
        removeEverythingButTheDemo();
        report = importService.importTree(ImportSource.of(Fixtures.copyOf("newsletter")), false);
    }

    @AfterEach
    void removeEverythingButTheDemo() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from post where source_root <> :demo and source_root <> 'test:hidden-posts'")
                .setParameter("demo", StartupImport.DEMO_LABEL).executeUpdate());
    }

    @Test
    void every_issue_in_every_folder_imports_and_the_other_file_is_skipped_with_its_reason() {
        assertThat(report.filesSeen()).isEqualTo(7);
        assertThat(report.imported()).isEqualTo(7);
        assertThat(report.failed()).isZero();
        assertThat(report.linkItems()).isEqualTo(24);
        assertThat(report.files()).filteredOn(file -> file.outcome() == Outcome.SKIPPED)
                .extracting(FileOutcome::file, FileOutcome::reason)
                .containsExactly(tuple("archive/2013/README.txt", "not a markdown file (.md or .markdown)"));
        assertThat(report.files()).extracting(FileOutcome::slug).contains("2013-06-07-weekly-crab-3");
    }

    @Test
    void an_issue_is_found_by_its_number() {
        JsonPath page = given().queryParam("number", "118").when().get("/api/v1/posts").then().statusCode(200)
                .extract().jsonPath();

        assertThat(page.getList("items.slug")).containsExactly(CRAB_118);
        assertThat(page.getInt("items[0].number")).isEqualTo(118);
        assertThat(page.getList("items[0].sectionHeadings")).containsExactly("From the Community", "Crate of the Week",
                "Updates from the Core Team", "Upcoming Events", "Jobs", "Quote of the Week");
        assertThat(given().queryParam("number", "3").when().get("/api/v1/posts").jsonPath().getList("items.slug"))
                .containsExactly("2013-06-07-weekly-crab-3");
    }

    @Test
    void a_number_that_is_not_a_whole_number_is_a_problem_naming_it() {
        JsonPath problem = given().queryParam("number", "one").when().get("/api/v1/posts").then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getString("parameter")).isEqualTo("number");
        assertThat(problem.getString("detail")).contains("whole number");
    }

    @Test
    void a_post_shows_its_heading_tree_with_each_sections_own_link_items() {
        JsonPath post = given().when().get("/api/v1/posts/" + CRAB_118).then().statusCode(200).extract().jsonPath();

        assertThat(post.getInt("number")).isEqualTo(118);
        assertThat(post.getList("sections.heading")).containsExactly("From the Community", "Crate of the Week",
                "Updates from the Core Team", "Upcoming Events", "Jobs", "Quote of the Week");
        assertThat(post.getList("sections[0].links")).isEmpty();
        assertThat(post.getList("sections[0].sections.heading")).containsExactly("Official", "Project Updates");
        assertThat(post.getList("sections[0].sections[1].links.title")).containsExactly(
                "tinyboard 0.9: interrupts without tears", "Shellfish, a shell written from scratch",
                "Writing a Parser Live, Part 3", "Crab Talk Episode 40: Lifetimes");
        assertThat(post.getList("sections[0].sections[1].links[2].labels")).containsExactly("video", "series");
        Map<String, Object> research = post.getMap("sections[0].sections[1].sections[0].sections[0]");
        assertThat(research).containsEntry("heading", "Research").containsEntry("level", 5)
                .containsEntry("url", "https://papers.example.org/list");
        assertThat(post.getList("sections[0].sections[1].sections[0].sections[0].links[0].sectionPath.heading"))
                .containsExactly("From the Community", "Project Updates", "Walkthroughs", "Research");
        assertThat(post.getList("sections[0].sections[1].sections[0].links[0].subItems.title"))
                .containsExactly("Part two: compaction", "Part three: crash safety");
        assertThat(post.getList("sections[3].sections.heading")).containsExactly("Virtual", "Europe", "North America");
        assertThat(post.getList("sections[3].sections.kind")).containsOnly("events");
    }

    @Test
    void the_links_of_a_post_come_in_document_order_through_every_level() {
        List<String> titles = given().queryParam("size", "100").when().get("/api/v1/posts/" + CRAB_118 + "/links")
                .then().statusCode(200).extract().jsonPath().getList("items.title");

        assertThat(titles).hasSize(11).startsWith("Release 4.2 is out", "tinyboard 0.9: interrupts without tears")
                .endsWith("fix an internal error in const generics", "Systems Engineer (Remote)");
    }

    @Test
    void a_section_filter_matches_its_sub_sections_too() {
        JsonPath community = given().queryParam("post", CRAB_118).queryParam("section", "from-the-community")
                .queryParam("size", "100").when().get("/api/v1/links").then().statusCode(200).extract().jsonPath();
        JsonPath walkthroughs = given().queryParam("post", CRAB_118).queryParam("section", "walkthroughs")
                .when().get("/api/v1/links").then().statusCode(200).extract().jsonPath();

        assertThat(community.getInt("meta.total")).isEqualTo(8);
        assertThat(walkthroughs.getList("items.title")).containsExactly("Building a key-value store, step by step",
                "Profiling async code", "Ownership types for GPUs");
        assertThat(walkthroughs.getList("items.section.heading")).containsExactly("Walkthroughs", "Walkthroughs",
                "Research");
        assertThat(walkthroughs.getList("items[2].sectionPath.slug")).containsExactly("from-the-community",
                "project-updates", "walkthroughs", "research");
        assertThat(given().queryParam("section", "research").when().get("/api/v1/posts").jsonPath()
                .getList("items.slug")).containsExactly(CRAB_118);
    }

    @Test
    void recurring_sections_are_topics_and_events_sections_hold_no_link_items() {
        JsonPath events = given().queryParam("kind", "events").queryParam("size", "100").when().get("/api/v1/sections")
                .then().statusCode(200).extract().jsonPath();
        JsonPath jobs = given().when().get("/api/v1/sections/jobs").then().statusCode(200).extract().jsonPath();

        assertThat(events.getList("items.slug")).contains("upcoming-events", "europe", "virtual");
        assertThat(events.getList("items.linkCount", Integer.class)).containsOnly(0);
        assertThat(jobs.getInt("postCount")).isEqualTo(2);
        assertThat(jobs.getInt("linkCount")).isEqualTo(2);
        assertThat(given().queryParam("post", CRAB_118).queryParam("size", "100").when().get("/api/v1/links").jsonPath()
                .getList("items.url", String.class)).noneMatch(url -> url.contains("meetup.example.com"));
    }
}

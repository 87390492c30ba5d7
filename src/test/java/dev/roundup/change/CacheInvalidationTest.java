package dev.roundup.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.StatementCounter;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CacheInvalidationTest extends DemoContentTest {

    private static final String SLUG = "2026-11-20-cached-post";

    @Inject
    ImportService importService;

    @Inject
    EntityManager entityManager;

    @Inject
    StatementCounter sql;

    private Path folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createTempDirectory("roundup-cache-");
        write("Cached Post", "Cachetest");
        importService.importTree(ImportSource.of(folder), false);
    }

    @Test
    void reads_are_cached() {
        readAll();
        long before = sql.statementsRun();
        readAll();
        assertThat(sql.statementsRun() - before).as("a second read of the same pages runs no statement").isZero();
    }

    @Test
    void a_read_after_an_import_shows_the_new_content_at_once() throws IOException {
        readAll();
        write("Cached Post, Retitled", "Cacheretest");
        importService.importTree(ImportSource.of(folder), false);

        given().get("/api/v1/posts/" + SLUG).then().statusCode(200).body("title", equalTo("Cached Post, Retitled"));
        given().get("/api/v1/posts?size=100").then().body("items.title", hasItem("Cached Post, Retitled"))
                .body("items.title", not(hasItem("Cached Post")));
        given().get("/api/v1/tags?size=100").then().body("items.slug", hasItem("cacheretest"))
                .body("items.slug", not(hasItem("cachetest")));
        given().get("/feeds/posts.json").then().body("items.title", hasItem("Cached Post, Retitled"));
    }

    @Test
    void a_change_by_sql_reaches_the_cache_through_notify() {
        readAll();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update post set title = 'Cached Post, by Hand' where slug = ?1").setParameter(1, SLUG).executeUpdate());

        // bench/two-instances.sh holds the one-second bound on a quiet machine; here only the path is proven
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            given().get("/api/v1/posts/" + SLUG).then().body("title", equalTo("Cached Post, by Hand"));
            given().get("/api/v1/posts?size=100").then().body("items.title", hasItem("Cached Post, by Hand"));
        });
    }

    @Test
    void a_deleted_post_is_gone_from_detail_and_list() {
        readAll();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from post where slug = ?1")
                .setParameter(1, SLUG).executeUpdate());
        Arc.container().instance(ChangeListener.class).get().catchUp();

        given().get("/api/v1/posts/" + SLUG).then().statusCode(404);
        given().get("/api/v1/posts?size=100").then().body("items.slug", not(hasItem(SLUG)));
    }

    private static void readAll() {
        given().get("/api/v1/posts/" + SLUG).then().statusCode(200);
        given().get("/api/v1/posts?size=100").then().statusCode(200);
        given().get("/api/v1/tags?size=100").then().statusCode(200);
        given().get("/api/v1/sections?size=100").then().statusCode(200);
        given().get("/feeds/posts.json").then().statusCode(200);
    }

    private void write(String title, String tag) throws IOException {
        Files.writeString(folder.resolve(SLUG + ".md"), """
                ---
                title: "%s"
                author: nora
                date: 2026-11-20T09:00:00+02:00
                categories: [roundup]
                tags: [%s]
                ---

                An intro.

                <!--more-->

                ## Streaming

                * [**A Cached Link**][1]. Words about it.

                [1]: https://cache.example.com/one
                """.formatted(title, tag));
    }
}

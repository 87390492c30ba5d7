package dev.roundup.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import dev.roundup.importer.ImportService;
import dev.roundup.importer.ImportSource;
import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestProfile(WebhookTest.WithReceiver.class)
class WebhookTest extends DemoContentTest {

    static final String SECRET = "a-test-secret";
    static final int PORT = freePort();

    /** Webhooks to the receiver of this test, retried quickly. */
    public static class WithReceiver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("roundup.webhooks.urls", "http://127.0.0.1:" + PORT + "/hook",
                    "roundup.webhooks.secret", SECRET,
                    "roundup.webhooks.poll-interval", "1s",
                    "roundup.webhooks.initial-backoff", "200ms",
                    "roundup.webhooks.max-attempts", "3");
        }
    }

    record Received(String signature, String delivery, String event, String redeliveryOf, String body) {
    }

    private static HttpServer receiver;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** How many of the next post.updated notifications fail with a 500 (the other events of a write go through). */
    private static final AtomicInteger FAIL_NEXT_POST_UPDATE = new AtomicInteger();
    /** Every notification whose body holds this text fails with a 500. */
    private static volatile String failFor;

    @Inject
    ImportService importService;

    @Inject
    ObjectMapper json;

    private Path folder;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst(Signatures.HEADER),
                        exchange.getRequestHeaders().getFirst(WebhookDispatcher.DELIVERY_HEADER),
                        exchange.getRequestHeaders().getFirst(WebhookDispatcher.EVENT_HEADER),
                        exchange.getRequestHeaders().getFirst(WebhookDispatcher.REDELIVERY_HEADER), body));
                String failing = failFor;
                if (failing != null && body.contains(failing)) {
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                    return;
                }
            }
            boolean failNow = "post.updated".equals(exchange.getRequestHeaders().getFirst(WebhookDispatcher.EVENT_HEADER))
                    && FAIL_NEXT_POST_UPDATE.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
            int status = failNow ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createTempDirectory("roundup-webhooks-");
        RECEIVED.clear();
        FAIL_NEXT_POST_UPDATE.set(0);
        failFor = null;
    }

    @Test
    void an_imported_post_is_announced_signed() throws IOException {
        String slug = "2026-10-25-webhook-created";
        write(slug, "Webhook Created");
        importService.importTree(ImportSource.of(folder), false);

        Received received = awaitPost(slug, "post.created", 1).get(0);

        assertThat(received.signature()).isEqualTo(Signatures.sign(SECRET, received.body().getBytes(StandardCharsets.UTF_8)))
                .startsWith("sha256=").hasSize(7 + 64);
        assertThat(received.signature()).isNotEqualTo(Signatures.sign("another-secret",
                received.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode body = json.readTree(received.body());
        assertThat(body.path("event").asText()).isEqualTo("post.created");
        assertThat(body.path("change").path("key").asText()).isEqualTo(slug);
        assertThat(body.path("change").path("href").asText()).isEqualTo("/api/v1/posts/" + slug);
        assertThat(received.event()).isEqualTo("post.created");
    }

    @Test
    void a_500_is_retried_and_the_log_shows_both_attempts() throws IOException {
        String slug = "2026-10-26-webhook-retried";
        write(slug, "Webhook Retried");
        importService.importTree(ImportSource.of(folder), false);
        awaitPost(slug, "post.created", 1);

        FAIL_NEXT_POST_UPDATE.set(1);
        write(slug, "Webhook Retried, Retitled");
        importService.importTree(ImportSource.of(folder), false);
        List<Received> attempts = awaitPost(slug, "post.updated", 2);

        assertThat(attempts.get(1).delivery()).isEqualTo(attempts.get(0).delivery());
        assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
        String deliveryId = attempts.get(0).delivery();
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonPath log = given().header("Authorization", Tokens.admin()).queryParam("size", 100)
                    .get("/api/v1/admin/webhooks/deliveries").then().statusCode(200).extract().jsonPath();
            Map<String, Object> entry = log.getMap("items.find { it.id == " + deliveryId + " }");
            assertThat(entry).containsEntry("status", "delivered").containsEntry("attempts", 2)
                    .containsEntry("responseCode", 204).doesNotContainKey("lastError");
        });
    }

    @Test
    void the_delivery_log_is_for_admins_and_checks_its_parameters() {
        given().get("/api/v1/admin/webhooks/deliveries").then().statusCode(401);
        given().header("Authorization", Tokens.editor()).get("/api/v1/admin/webhooks/deliveries").then().statusCode(403);
        given().header("Authorization", Tokens.admin()).queryParam("status", "lost")
                .get("/api/v1/admin/webhooks/deliveries").then().statusCode(400)
                .contentType("application/problem+json").extract().path("parameter").equals("status");
        assertThat((String) given().header("Authorization", Tokens.admin()).queryParam("status", "lost")
                .get("/api/v1/admin/webhooks/deliveries").then().extract().path("parameter")).isEqualTo("status");
    }

    @Test
    void a_failed_delivery_is_sent_again_on_request_as_a_new_delivery_naming_it() throws IOException {
        String slug = "2026-10-27-webhook-redelivered";
        failFor = slug;
        write(slug, "Webhook Redelivered");
        importService.importTree(ImportSource.of(folder), false);
        List<Received> attempts = awaitPost(slug, "post.created", 3);
        String original = attempts.get(0).delivery();
        assertThat(attempts).extracting(Received::delivery).containsOnly(original);
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().header("Authorization", Tokens.admin())
                .get("/api/v1/admin/webhooks/deliveries/" + original).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("failed")).body("attempts", org.hamcrest.Matchers.equalTo(3)));
        failFor = null;

        io.restassured.response.Response redelivered = given().header("Authorization", Tokens.admin())
                .post("/api/v1/admin/webhooks/deliveries/" + original + "/redeliver");

        redelivered.then().statusCode(201).contentType("application/json");
        JsonPath copy = redelivered.jsonPath();
        long copyId = copy.getLong("id");
        assertThat(redelivered.header("Location")).endsWith("/api/v1/admin/webhooks/deliveries/" + copyId);
        assertThat(copy.getLong("redeliveryOf")).isEqualTo(Long.parseLong(original));
        assertThat(copy.getString("status")).isEqualTo("pending");
        assertThat(copy.getString("url")).isEqualTo("http://127.0.0.1:" + PORT + "/hook");
        Received again = awaitPost(slug, "post.created", 4).get(3);
        assertThat(again.delivery()).isEqualTo(Long.toString(copyId));
        assertThat(again.redeliveryOf()).isEqualTo(original);
        assertThat(again.body()).isEqualTo(attempts.get(0).body());
        assertThat(again.signature()).isEqualTo(Signatures.sign(SECRET, again.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(attempts.get(0).redeliveryOf()).isNull();
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().header("Authorization", Tokens.admin())
                .get("/api/v1/admin/webhooks/deliveries/" + copyId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("delivered")).body("attempts", org.hamcrest.Matchers.equalTo(1))
                .body("responseCode", org.hamcrest.Matchers.equalTo(204)));
        given().header("Authorization", Tokens.admin()).get("/api/v1/admin/webhooks/deliveries/" + original).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("failed"));
    }

    @Test
    void redelivery_is_for_admins_and_of_existing_deliveries() {
        given().post("/api/v1/admin/webhooks/deliveries/1/redeliver").then().statusCode(401);
        given().header("Authorization", Tokens.editor()).post("/api/v1/admin/webhooks/deliveries/1/redeliver").then()
                .statusCode(403);
        given().header("Authorization", Tokens.admin()).post("/api/v1/admin/webhooks/deliveries/999999999/redeliver")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.admin()).post("/api/v1/admin/webhooks/deliveries/abc/redeliver")
                .then().statusCode(400).body("parameter", org.hamcrest.Matchers.equalTo("id"));
        given().header("Authorization", Tokens.admin()).get("/api/v1/admin/webhooks/deliveries/999999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_link_item_added_through_the_api_is_announced() throws IOException {
        String slug = "2026-10-28-webhook-link-added";
        write(slug, "Webhook Link Added");
        importService.importTree(ImportSource.of(folder), false);
        awaitPost(slug, "post.created", 1);

        long id = given().header("Authorization", Tokens.editor()).header("If-Match", "*").contentType("application/json")
                .body("{\"section\": \"streaming\", \"title\": \"Added By Hand\", \"url\": \"https://hooks.example.com/added\"}")
                .post("/api/v1/posts/" + slug + "/links").then().statusCode(201).extract().jsonPath().getLong("id");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.stream()
                .anyMatch(received -> "link.created".equals(received.event())
                        && received.body().contains("\"key\":\"" + id + "\"")));
        assertThat(awaitPost(slug, "post.updated", 1)).hasSize(1);
    }

    private List<Received> awaitPost(String slug, String event, int count) {
        // generous: on a cluster shared with other test runs, their long transactions hold the change log back
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> matching(slug, event).size() >= count);
        return matching(slug, event);
    }

    private List<Received> matching(String slug, String event) {
        return RECEIVED.stream().filter(received -> event.equals(received.event()))
                .filter(received -> received.body().contains("\"key\":\"" + slug + "\"")).toList();
    }

    // The profile and the test class are loaded by different class loaders: the port is kept where both see it.
    private static int freePort() {
        synchronized (System.class) {
            String chosen = System.getProperty("webhook-test-receiver-port");
            if (chosen == null) {
                try (ServerSocket socket = new ServerSocket(0)) {
                    chosen = Integer.toString(socket.getLocalPort());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                System.setProperty("webhook-test-receiver-port", chosen);
            }
            return Integer.parseInt(chosen);
        }
    }

    private void write(String slug, String title) throws IOException {
        Files.writeString(folder.resolve(slug + ".md"), """
                ---
                title: "%s"
                author: nora
                date: %sT09:00:00+02:00
                categories: [roundup]
                tags: [Kafka]
                ---

                An intro.

                <!--more-->

                ## Streaming

                * [**A Webhook Link**][1]. Words about it.

                [1]: https://hooks.example.com/one
                """.formatted(title, slug.substring(0, 10)));
    }
}

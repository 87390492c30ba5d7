package dev.roundup.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.roundup.common.error.Problem;
import dev.roundup.support.DemoContent;
import dev.roundup.support.DemoContentTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Malformed query strings against every GET route of the OpenAPI document (so a new route is covered the
 * day it is added): wrong types, huge and negative numbers, unicode, SQL, overlong and repeated values.
 * No answer may be a 5xx, and every 4xx must be a problem document.
 */
@QuarkusTest
class HostileInputTest extends DemoContentTest {

    private static final int MIN_REQUESTS = 1000;
    private static final String[] VALUES = { "", " ", "0", "-1", "-0", "1e9", "99999999999999999999", "2147483648",
            "NaN", "null", "true", "[]", "{}", "1,2", "%", "%%", "%00", "'", "\"", "\\", "';--", "1' or '1'='1",
            "1; drop table post;--", ") or (1=1", "$1", "?", "*", "_", "..", "../../etc/passwd", "<script>x</script>",
            "\u0000", "\u202e", "\uD83D\uDE80", "é", "日本語", "2026-02-30", "2026-13-01", "20261", "-2026-01-01",
            "2026-01-01T25:00:00Z", "P1D", "x".repeat(2000), "kafka".repeat(400), "-date", "--date", "-", "date,title",
            "all", "any", "none", "upcoming", "month", "decade" };

    @Inject
    ObjectMapper mapper;

    @Test
    void no_malformed_query_string_gets_a_server_error_and_every_client_error_is_a_problem() throws Exception {
        JsonNode paths = mapper.readTree(given().accept("application/json").get("/q/openapi?format=json").asString())
                .path("paths");
        Random random = new Random(7);
        int requests = 0;
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> routes = paths.fields(); routes.hasNext();) {
            Map.Entry<String, JsonNode> route = routes.next();
            JsonNode get = route.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            List<String> names = queryParameters(get);
            int perRoute = Math.max(40, MIN_REQUESTS / paths.size() + 1);
            for (int attempt = 0; attempt < perRoute; attempt++) {
                String uri = path(route.getKey(), random) + "?" + queryString(names, random);
                Response response = given().config(raw()).urlEncodingEnabled(false).get(uri);
                requests++;
                check(uri, response, failures);
            }
        }
        System.out.printf("hostile input: %d requests over %d routes, %d failures%n", requests, paths.size(),
                failures.size());
        assertThat(requests).isGreaterThanOrEqualTo(1000);
        assertThat(failures).isEmpty();
    }

    private static void check(String uri, Response response, List<String> failures) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status >= 500) {
            failures.add(status + " for " + abbreviate(uri) + ": " + abbreviate(response.asString()));
        } else if (status >= 400 && !type.startsWith(Problem.MEDIA_TYPE)) {
            failures.add(status + " without a problem document (" + type + ") for " + abbreviate(uri));
        }
    }

    private static List<String> queryParameters(JsonNode operation) {
        List<String> names = new ArrayList<>(List.of("page", "size", "cursor", "sort", "fields"));
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                names.add(parameter.path("name").asText());
            }
        }
        return names;
    }

    // Path parameters get a hostile value half of the time, so that routes are reached past their 404s too.
    private static String path(String template, Random random) {
        String path = template;
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            String value = random.nextBoolean() ? hostile(random) : validValueFor(path.substring(open + 1, close));
            path = path.substring(0, open) + encode(value.isEmpty() ? "x" : value) + path.substring(close + 1);
        }
        return path;
    }

    private static String validValueFor(String name) {
        return switch (name) {
            case "slug" -> DemoContent.WEEK_32;
            case "id" -> "1";
            default -> "kafka";
        };
    }

    private static String queryString(List<String> names, Random random) {
        List<String> pairs = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int index = 0; index < count; index++) {
            String name = names.get(random.nextInt(names.size()));
            int repeats = random.nextInt(10) == 0 ? 3 : 1;
            for (int repeat = 0; repeat < repeats; repeat++) {
                pairs.add(encode(name) + "=" + encode(hostile(random)));
            }
        }
        return String.join("&", pairs);
    }

    private static String hostile(Random random) {
        return VALUES[random.nextInt(VALUES.length)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static RestAssuredConfig raw() {
        return RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}

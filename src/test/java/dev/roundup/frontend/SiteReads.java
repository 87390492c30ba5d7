package dev.roundup.frontend;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** What the browser tests compare the page with: the API's own answers, read in the same test. */
final class SiteReads {

    private SiteReads() {
    }

    /** GET of an API path with query parameters (lists repeat their key), from {@code base} when not null. */
    static JsonPath json(String base, String path, Map<String, ?> query) {
        RequestSpecification request = given();
        if (base != null) {
            request.baseUri(base);
        }
        query.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(one -> request.queryParam(name, one));
            } else {
                request.queryParam(name, value);
            }
        });
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath json(String path, Map<String, ?> query) {
        return json(null, path, query);
    }

    static JsonPath json(String path) {
        return json(null, path, Map.of());
    }

    /** Texts as the browser shows them: white space collapsed. */
    static List<String> shown(List<String> texts) {
        return texts.stream().map(SiteReads::shown).toList();
    }

    static String shown(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** The text of the service's HTML as the browser renders it (the browser parses it). */
    static String textOf(Browser browser, String html) {
        return shown(String.valueOf(browser.script(
                "const t = document.createElement('template'); t.innerHTML = arguments[0]; return t.content.textContent;",
                html)));
    }
}

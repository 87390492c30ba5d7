package dev.roundup.search;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** GET /api/v1/search as a client calls it, for the tests that read its answer. */
final class SearchClient {

    private SearchClient() {
    }

    /** The answer to {@code q} with further parameters as name, value pairs; it must be a 200. */
    static JsonPath search(String query, String... more) {
        var request = given().queryParam("q", query);
        for (int index = 0; index + 1 < more.length; index += 2) {
            request.queryParam(more[index], more[index + 1]);
        }
        return request.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }
}

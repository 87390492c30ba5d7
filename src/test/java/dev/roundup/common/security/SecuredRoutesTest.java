package dev.roundup.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the OpenAPI document that is not a GET changes something: each must answer 401
 * without a token and 403 with a token lacking its role, so a new write route cannot be left open.
 */
@QuarkusTest
class SecuredRoutesTest {

    private static final List<String> READ_METHODS = List.of("get", "head", "options", "trace");

    record Route(String method, String path, String contentType, List<String> roles) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "1-no-such-thing");
        }
    }

    @Test
    void every_write_route_refuses_requests_without_a_token_with_a_401_problem() {
        for (Route route : writeRoutes()) {
            Response response = request(route, null);
            assertThat(response.statusCode()).as(route.method() + " " + route.path()).isEqualTo(401);
            assertThat(response.contentType()).as(route.method() + " " + route.path()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("title")).isEqualTo("Unauthorized");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
    }

    @Test
    void every_write_route_refuses_a_token_without_a_write_role_with_a_403_problem() {
        for (Route route : writeRoutes()) {
            Response response = request(route, Tokens.reader());
            assertThat(response.statusCode()).as(route.method() + " " + route.path()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(403);
        }
    }

    @Test
    void admin_routes_refuse_an_editor_token() {
        List<Route> adminOnly = writeRoutes().stream().filter(route -> !route.roles().contains(Roles.EDITOR)).toList();
        assertThat(adminOnly).extracting(Route::path).contains("/api/v1/posts/{slug}", "/api/v1/admin/imports",
                "/api/v1/admin/webhooks/deliveries/{id}/redeliver");
        for (Route route : adminOnly) {
            assertThat(request(route, Tokens.editor()).statusCode()).as(route.method() + " " + route.path()).isEqualTo(403);
        }
    }

    @Test
    void a_token_signed_by_another_key_or_expired_is_a_401_problem() {
        String forged = Tokens.mint("admin");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA" + forged.substring(forged.lastIndexOf('.') + 5);
        given().header("Authorization", "Bearer " + forged).contentType("application/json").body("{}")
                .when().post("/api/v1/posts")
                .then().statusCode(401).contentType("application/problem+json");
        String expired = io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER).upn("late").groups("admin")
                .issuedAt(1_000_000L).expiresAt(1_000_060L).sign();
        given().header("Authorization", "Bearer " + expired).contentType("application/json").body("{}")
                .when().post("/api/v1/posts")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void reads_stay_public_even_with_a_broken_token() {
        given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/posts?size=1").then().statusCode(200);
    }

    /** Every non-GET operation of the published OpenAPI document, with the roles its security names. */
    private static List<Route> writeRoutes() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (READ_METHODS.contains(method) || method.equals("parameters")) {
                return;
            }
            routes.add(new Route(method, path, contentType(operation), roles(operation)));
        }));
        // the routes of this branch at least; more join the walk by themselves
        assertThat(routes).extracting(route -> route.method() + " " + route.path()).contains("post /api/v1/posts",
                "put /api/v1/posts/{slug}", "patch /api/v1/posts/{slug}", "delete /api/v1/posts/{slug}",
                "post /api/v1/admin/imports", "post /api/v1/posts/{slug}/links",
                "post /api/v1/admin/webhooks/deliveries/{id}/redeliver");
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static String contentType(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        return ((Map<String, Object>) body.get("content")).keySet().iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> operation) {
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
        assertThat(security).as("every write operation declares its security in the OpenAPI document").isNotEmpty();
        return security.stream().flatMap(requirement -> requirement.values().stream()).flatMap(List::stream).toList();
    }

    private static Response request(Route route, String authorization) {
        RequestSpecification request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (route.contentType() != null) {
            request.contentType(route.contentType()).body((route.contentType().contains("json") ? "{}" : "x").getBytes());
        }
        return request.header("If-Match", "\"1\"").when().request(route.method().toUpperCase(), route.concretePath());
    }
}

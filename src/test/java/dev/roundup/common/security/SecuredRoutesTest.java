package dev.roundup.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Every operation of the OpenAPI document that declares a security requirement (every write, every admin read) must
 * answer 401 to a caller without a valid token and 403 to one without its role, before the content type, the size or
 * the body of the request are looked at: so each route gets each bad token with each kind of body. A new route joins
 * the walk by itself.
 */
@QuarkusTest
class SecuredRoutesTest {

    record Route(String method, String path, List<String> roles) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "1-no-such-thing");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    enum Body {
        JSON, MULTIPART, ZIP, NONE
    }

    @Test
    void every_secured_route_answers_a_401_problem_to_a_missing_unsigned_forged_or_expired_token_whatever_the_body() {
        Map<String, String> badTokens = Map.of("no token", "", "an unsigned token", "Bearer " + unsigned(),
                "a token signed by another key", "Bearer " + forged(), "an expired token", "Bearer " + expired(),
                "not a token at all", "Bearer not-a-token");
        for (Route route : securedRoutes()) {
            badTokens.forEach((what, authorization) -> {
                for (Body body : Body.values()) {
                    Response response = request(route, authorization, body);
                    String context = route + " with " + what + " and a " + body + " body";
                    assertThat(response.statusCode()).as(context).isEqualTo(401);
                    assertThat(response.contentType()).as(context).startsWith("application/problem+json");
                    assertThat(response.jsonPath().getString("title")).as(context).isEqualTo("Unauthorized");
                    assertThat(response.header("WWW-Authenticate")).as(context).isEqualTo("Bearer");
                }
            });
        }
    }

    @Test
    void every_secured_route_answers_a_403_problem_to_a_token_without_its_role_whatever_the_body() {
        for (Route route : securedRoutes()) {
            for (Body body : Body.values()) {
                Response response = request(route, Tokens.reader(), body);
                assertThat(response.statusCode()).as(route + " with a " + body + " body").isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.jsonPath().getString("title")).isEqualTo("Forbidden");
            }
        }
    }

    @Test
    void admin_routes_refuse_an_editor_token_whatever_the_body() {
        List<Route> adminOnly = securedRoutes().stream().filter(route -> !route.roles().contains(Roles.EDITOR)).toList();
        assertThat(adminOnly).extracting(Route::path).contains("/api/v1/posts/{slug}", "/api/v1/admin/imports",
                "/api/v1/admin/webhooks/deliveries/{id}/redeliver");
        for (Route route : adminOnly) {
            for (Body body : Body.values()) {
                assertThat(request(route, Tokens.editor(), body).statusCode()).as(route + " with a " + body + " body")
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void reads_stay_public_even_with_a_broken_token() {
        given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/posts?size=1").then().statusCode(200);
    }

    /** Every operation of the published OpenAPI document with a security requirement, and the roles it names. */
    private static List<Route> securedRoutes() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            List<String> roles = method.equals("parameters") ? List.of() : roles(operation);
            if (!roles.isEmpty()) {
                routes.add(new Route(method, path, roles));
            } else {
                assertThat(method).as("an operation without security must be a read: " + path).isIn("get", "parameters");
            }
        }));
        assertThat(routes).extracting(Route::toString).contains("POST /api/v1/posts", "PUT /api/v1/posts/{slug}",
                "PATCH /api/v1/posts/{slug}", "DELETE /api/v1/posts/{slug}", "POST /api/v1/admin/imports",
                "GET /api/v1/admin/imports", "POST /api/v1/posts/{slug}/links", "PATCH /api/v1/links/{id}",
                "POST /api/v1/events", "POST /api/v1/admin/webhooks/deliveries/{id}/redeliver");
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Map<String, Object> operation) {
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
        if (security == null) {
            return List.of();
        }
        return security.stream().flatMap(requirement -> requirement.values().stream()).flatMap(List::stream).toList();
    }

    private static Response request(Route route, String authorization, Body body) {
        RequestSpecification request = given().header("If-Match", "\"1\"");
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        switch (body) {
            case JSON -> request.contentType("application/json").body("{\"title\": \"x\"}");
            case MULTIPART -> request.multiPart("file", "post.md", "# x".getBytes(StandardCharsets.UTF_8), "text/markdown");
            case ZIP -> request.contentType("application/zip").body(new byte[]{ 'P', 'K', 3, 4, 0, 0 });
            case NONE -> {
            }
        }
        return request.when().request(route.method().toUpperCase(), route.concretePath());
    }

    private static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"upn\":\"x\",\"groups\":[\"admin\"],"
                + "\"exp\":" + (System.currentTimeMillis() / 1000 + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    private static String forged() {
        String token = Tokens.mint("admin");
        int signature = token.lastIndexOf('.') + 1;
        return token.substring(0, signature) + "AAAA" + token.substring(signature + 4);
    }

    private static String expired() {
        return Jwt.issuer(Tokens.ISSUER).upn("late").groups("admin").issuedAt(1_000_000L).expiresAt(1_000_060L).sign();
    }
}

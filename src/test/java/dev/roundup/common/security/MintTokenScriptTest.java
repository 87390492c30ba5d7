package dev.roundup.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The documented way to get a token, bin/mint-token, makes tokens the service accepts. */
@QuarkusTest
class MintTokenScriptTest {

    @Test
    void a_token_from_bin_mint_token_opens_the_editor_preview() throws IOException, InterruptedException {
        String editor = mint("--role", "editor", "--subject", "nora");
        assertThat(editor.split("\\.")).hasSize(3);
        given().header("Authorization", "Bearer " + editor).when().get("/api/v1/posts?preview=true&size=1")
                .then().statusCode(200);
    }

    @Test
    void a_token_from_bin_mint_token_carries_only_the_roles_asked_for() throws IOException, InterruptedException {
        String reader = mint("--role", "reader");
        given().header("Authorization", "Bearer " + reader).when().get("/api/v1/posts?preview=true&size=1")
                .then().statusCode(403);
        String admin = mint("--role", "admin");
        given().header("Authorization", "Bearer " + admin).when().get("/api/v1/admin/imports?size=1")
                .then().statusCode(200);
        given().header("Authorization", "Bearer " + reader).when().get("/api/v1/admin/imports?size=1")
                .then().statusCode(403);
    }

    private static String mint(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "bin/mint-token";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return token;
    }
}

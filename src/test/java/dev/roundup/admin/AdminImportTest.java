package dev.roundup.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;

import dev.roundup.support.DemoContentTest;
import dev.roundup.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AdminImportTest extends DemoContentTest {

    static final String WEEK_43 = "2026-10-25-interesting-stuff-week-43-2026";
    static final String WEEK_35 = "2026-08-30-interesting-stuff-week-35-2026";

    static String roundup(String title, String date, String linkTitle) {
        return """
                ---
                title: "%s"
                date: %s
                categories: [roundup]
                tags: [Kafka]
                ---

                The intro.

                <!--more-->

                ## Streaming

                * [%s](https://uploads.example.com/%s): why it is worth reading.
                """.formatted(title, date, linkTitle, linkTitle.toLowerCase().replace(' ', '-'));
    }

    @Test
    void a_zip_of_a_content_folder_is_imported_and_its_other_files_are_skipped_and_reported() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("post/", new byte[0]);
        entries.put("post/" + WEEK_43 + ".md",
                utf8(roundup("Interesting Stuff - Week 43, 2026", "2026-10-25T10:00:00+01:00", "Zip Link")));
        entries.put("post/" + WEEK_35 + "/index.md",
                utf8(roundup("Interesting Stuff - Week 35, 2026", "2026-08-30T10:00:00+02:00", "Bundle Link")));
        entries.put("post/images/chart.png", new byte[]{ (byte) 0x89, 'P', 'N', 'G' });
        entries.put("post/broken.md", utf8("no front matter here"));

        JsonPath run = given().header("Authorization", Tokens.admin()).contentType("application/zip").body(zip(entries))
                .queryParam("filename", "content.zip")
                .when().post("/api/v1/admin/imports")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/admin/imports/\\d+"))
                .extract().jsonPath();

        assertThat(run.getString("source")).isEqualTo("upload:content.zip");
        assertThat(run.getString("status")).isEqualTo("finished");
        assertThat(run.getInt("imported")).isEqualTo(2);
        assertThat(run.getInt("failed")).isEqualTo(1);
        assertThat(run.getList("files.outcome")).contains("IMPORTED", "FAILED", "SKIPPED");
        Map<String, Object> skipped = run.getMap("files.find { it.outcome == 'SKIPPED' }");
        assertThat(skipped).containsEntry("file", "post/images/chart.png");
        assertThat((String) skipped.get("reason")).contains("not a markdown file");
        assertThat(run.getString("files.find { it.outcome == 'FAILED' }.file")).isEqualTo("post/broken.md");

        given().when().get("/api/v1/posts/" + WEEK_43).then().statusCode(200)
                .body("sections[0].links[0].title", equalTo("Zip Link"));
        given().when().get("/api/v1/posts?size=100").then().body("items.title",
                org.hamcrest.Matchers.hasItem("Interesting Stuff - Week 35, 2026"));

        int id = run.getInt("id");
        given().header("Authorization", Tokens.admin()).when().get("/api/v1/admin/imports/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("files.size()", equalTo(run.getList("files").size()));
        JsonPath list = given().header("Authorization", Tokens.admin()).when().get("/api/v1/admin/imports?size=5")
                .then().statusCode(200).header("X-Total-Count", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();
        assertThat(list.getInt("items[0].id")).isEqualTo(id);
        assertThat(list.getMap("items[0]")).doesNotContainKey("files");
    }

    @Test
    void a_tar_gz_is_imported_like_a_zip() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("./", new byte[0]);
        entries.put("./" + WEEK_43 + ".md",
                utf8(roundup("Interesting Stuff - Week 43, 2026", "2026-10-25T10:00:00+01:00", "Tar Link")));
        entries.put("./notes.txt", utf8("not a post"));

        JsonPath run = given().header("Authorization", Tokens.admin()).contentType("application/gzip").body(tarGz(entries))
                .when().post("/api/v1/admin/imports")
                .then().statusCode(201).extract().jsonPath();
        assertThat(run.getString("source")).isEqualTo("upload:tar.gz");
        assertThat(run.getInt("imported")).isEqualTo(1);
        assertThat(run.getList("files.file")).contains("./notes.txt");
        given().when().get("/api/v1/posts/" + WEEK_43).then().statusCode(200)
                .body("sections[0].links[0].title", equalTo("Tar Link"));
    }

    @Test
    void a_single_markdown_file_is_imported_under_its_file_name() {
        given().header("Authorization", Tokens.admin()).contentType("text/markdown")
                .body(roundup("Interesting Stuff - Week 43, 2026", "2026-10-25T10:00:00+01:00", "Single Link"))
                .queryParam("filename", WEEK_43 + ".md")
                .when().post("/api/v1/admin/imports")
                .then().statusCode(201).body("imported", equalTo(1)).body("files[0].slug", equalTo(WEEK_43));
        given().when().get("/api/v1/posts/" + WEEK_43).then().statusCode(200);

        given().header("Authorization", Tokens.admin()).contentType("text/markdown").body("---\ntitle: x\n---\n")
                .when().post("/api/v1/admin/imports")
                .then().statusCode(400).body("parameter", equalTo("filename"));
        given().header("Authorization", Tokens.admin()).contentType("text/markdown").body("---\ntitle: x\n---\n")
                .queryParam("filename", "../escape.md")
                .when().post("/api/v1/admin/imports")
                .then().statusCode(400).body("parameter", equalTo("filename"));
    }

    @Test
    void an_entry_pointing_outside_the_folder_rejects_the_whole_upload() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(WEEK_43 + ".md", utf8(roundup("Interesting Stuff - Week 43, 2026", "2026-10-25T10:00:00+01:00", "Fine")));
        entries.put("../../evil.md", utf8(roundup("Evil", "2026-12-14", "Evil")));
        given().header("Authorization", Tokens.admin()).contentType("application/zip").body(zip(entries))
                .when().post("/api/v1/admin/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://roundup.dev/problems/unsafe-archive-entry"))
                .body("detail", org.hamcrest.Matchers.containsString("../../evil.md"));
        given().when().get("/api/v1/posts/" + WEEK_43).then().statusCode(404);

        Map<String, byte[]> absolute = Map.of("/etc/roundup.md", utf8("x"));
        given().header("Authorization", Tokens.admin()).contentType("application/gzip").body(tarGz(absolute))
                .when().post("/api/v1/admin/imports")
                .then().statusCode(400).body("type", equalTo("https://roundup.dev/problems/unsafe-archive-entry"));
    }

    @Test
    void a_zip_bomb_is_stopped_at_the_unpacked_limit() throws IOException {
        // 3 MB of zeros compress to a few KB: small upload, over the 2 MB unpacked limit of the test profile
        Map<String, byte[]> entries = Map.of("bomb.md", new byte[3 * 1024 * 1024]);
        byte[] upload = zip(entries);
        assertThat(upload.length).isLessThan(256 * 1024);
        given().header("Authorization", Tokens.admin()).contentType("application/zip").body(upload)
                .when().post("/api/v1/admin/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("unpacks to more than"));
    }

    @Test
    void an_archive_of_too_many_entries_is_refused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int index = 0; index < 201; index++) {
            entries.put("empty-" + index + ".txt", new byte[0]);
        }
        given().header("Authorization", Tokens.admin()).contentType("application/zip").body(zip(entries))
                .when().post("/api/v1/admin/imports")
                .then().statusCode(413).body("detail", org.hamcrest.Matchers.containsString("more than 200 entries"));
    }

    @Test
    void an_upload_above_the_size_limit_is_a_413_problem() {
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().header("Authorization", Tokens.admin()).contentType("text/markdown").body(big)
                .queryParam("filename", "big.md")
                .when().post("/api/v1/admin/imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("larger than"));
    }

    @Test
    void a_corrupt_archive_is_a_400_problem() {
        byte[] corrupt = { 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3 };
        given().header("Authorization", Tokens.admin()).contentType("application/gzip").body(corrupt)
                .when().post("/api/v1/admin/imports")
                .then().statusCode(400).body("type", equalTo("https://roundup.dev/problems/invalid-archive"));
    }

    @Test
    void runs_are_admin_only_and_an_unknown_run_is_a_404() {
        given().header("Authorization", Tokens.editor()).when().get("/api/v1/admin/imports").then().statusCode(403);
        given().when().get("/api/v1/admin/imports/1").then().statusCode(401);
        given().header("Authorization", Tokens.admin()).when().get("/api/v1/admin/imports/999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.admin()).when().get("/api/v1/admin/imports/abc").then().statusCode(400)
                .body("parameter", equalTo("id"));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] tarGz(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey(), true);
                tarEntry.setSize(entry.getKey().endsWith("/") ? 0 : entry.getValue().length);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

}

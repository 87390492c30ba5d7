package dev.roundup.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** Assertions about whole answers kept by common.http.ResponseCache. */
public final class KeptAnswers {

    private KeptAnswers() {
    }

    /** {@code again} came from the kept answer of {@code first}: the same bytes and the same headers. */
    public static void assertKeptAnswer(Response first, Response again) {
        assertThat(first.header("X-Cache")).isNull();
        assertThat(again.header("X-Cache")).isEqualTo("hit");
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        for (String header : new String[]{ "ETag", "X-Total-Count", "Link", "Cache-Control", "Content-Type" }) {
            assertThat(again.header(header)).as(header).isEqualTo(first.header(header));
        }
    }
}

package dev.roundup.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.roundup.common.error.ProblemException;

class UploadUnpackerTest {

    private static final Path ROOT = Path.of("/tmp/roundup-upload-1/content");

    @Test
    void entries_inside_the_folder_land_inside_it() {
        assertThat(UploadUnpacker.safeDestination("post/2026-10-25-week-43.md", ROOT))
                .isEqualTo(ROOT.resolve("post/2026-10-25-week-43.md"));
        assertThat(UploadUnpacker.safeDestination("./post/a.md", ROOT)).isEqualTo(ROOT.resolve("post/a.md"));
    }

    @Test
    void entries_climbing_out_or_absolute_are_refused() {
        for (String name : new String[]{ "../evil.md", "post/../../evil.md", "/etc/passwd", "C:/evil.md",
                "post/..", "a/../b.md" }) {
            assertThatThrownBy(() -> UploadUnpacker.safeDestination(name, ROOT)).as(name)
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400));
        }
    }

    @Test
    void markdown_is_told_by_its_extension_in_any_case() {
        assertThat(UploadUnpacker.isMarkdown("post/A.MD")).isTrue();
        assertThat(UploadUnpacker.isMarkdown("post/a.markdown")).isTrue();
        assertThat(UploadUnpacker.isMarkdown("post/a.md.png")).isFalse();
    }
}

package dev.roundup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies fixture folders, sub-folders included, to a fresh temporary folder, so a test may change files without
 * touching others.
 */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    public static Path copyOf(String folder) {
        try {
            Path target = Files.createTempDirectory("roundup-fixtures-");
            Path source = ROOT.resolve(folder);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(path -> !path.equals(source)).toList()) {
                    Files.copy(file, target.resolve(source.relativize(file).toString()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

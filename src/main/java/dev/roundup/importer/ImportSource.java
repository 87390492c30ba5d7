package dev.roundup.importer;

import java.nio.file.Path;

/**
 * A tree of Hugo content to import.
 *
 * @param root a markdown file or a folder, on any file system (a directory, the service's jar, an uploaded archive)
 * @param label how the posts record where they came from; sync only removes posts of the same label
 */
public record ImportSource(Path root, String label) {

    public static ImportSource of(Path fileOrDirectory) {
        Path absolute = fileOrDirectory.toAbsolutePath().normalize();
        return new ImportSource(absolute, absolute.toString());
    }
}

package dev.roundup.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a content folder, sub-folders included: the markdown files to import, in name order, and every
 * other file with the reason it is skipped. Links are followed; hidden folders ({@code .git}, an editor's settings) are not entered.
 */
record ContentFiles(List<Path> markdown, Map<Path, String> skipped) {

    static ContentFiles of(Path root) {
        if (Files.isRegularFile(root)) {
            return ImportService.isMarkdown(root) ? new ContentFiles(List.of(root), Map.of())
                    : new ContentFiles(List.of(), Map.of(root, notMarkdown()));
        }
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException("cannot read the content folder " + root, new NoSuchFileException(root.toString()));
        }
        List<Path> markdown = new ArrayList<>();
        Map<Path, String> skipped = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    if (!directory.equals(root) && hidden(directory)) {
                        skipped.put(directory, "a hidden folder, not read");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isRegularFile()) {
                        skipped.put(file, "not a regular file (link or device)");
                    } else if (hidden(file)) {
                        skipped.put(file, "a hidden or metadata file");
                    } else if (ImportService.isMarkdown(file)) {
                        markdown.add(file);
                    } else {
                        skipped.put(file, notMarkdown());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.put(file, "cannot be read: " + e.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content folder " + root, e);
        }
        markdown.sort(null);
        return new ContentFiles(List.copyOf(markdown), skipped);
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static String notMarkdown() {
        return "not a markdown file (.md or .markdown)";
    }
}

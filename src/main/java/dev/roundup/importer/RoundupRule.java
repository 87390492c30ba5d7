package dev.roundup.importer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.roundup.common.Slugs;

/**
 * Whether a post is a roundup: by category, by file path, by title, by having an issue number in its metadata, or
 * by the form of its metadata (a folder of Pelican-style newsletter issues needs no category).
 */
public record RoundupRule(Set<String> categorySlugs, Optional<PathMatcher> path, Optional<Pattern> title,
        boolean numbered, Set<MetadataFormat> formats) {

    /**
     * The shipped rule: the category {@code roundup} (the Hugo blog's rule before other forms were read), an issue
     * number in the metadata, or Pelican-style headers.
     */
    public static final RoundupRule DEFAULT = new RoundupRule(Set.of("roundup"), Optional.empty(), Optional.empty(), true,
            Set.of(MetadataFormat.HEADERS));

    public static RoundupRule of(RoundupsConfig config) {
        return new RoundupRule(config.categories().stream().map(Slugs::of).filter(slug -> !slug.isEmpty())
                .collect(Collectors.toUnmodifiableSet()),
                config.path().filter(glob -> !glob.isBlank())
                        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob.strip())),
                config.title().filter(regex -> !regex.isBlank()).map(Pattern::compile), config.numbered(),
                Set.copyOf(config.metadataFormats()));
    }

    /** @param file the file's path inside the imported folder, with '/' separators */
    boolean matches(String file, MetadataFormat format, FrontMatter frontMatter, List<String> categorySlugs) {
        return categorySlugs.stream().anyMatch(this.categorySlugs::contains)
                || path.filter(matcher -> matcher.matches(Path.of(file))).isPresent()
                || title.filter(regex -> frontMatter.title().filter(text -> regex.matcher(text).find()).isPresent())
                        .isPresent()
                || numbered && frontMatter.number().isPresent()
                || formats.contains(format);
    }
}

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
 * Whether a post is a roundup: by category, by file path, by title, or by having an issue number. The number is
 * the metadata's; in Pelican-style headers, where newsletters often leave the key out, the one the title ends with
 * counts too (in YAML, TOML or JSON a title such as "Kafka Streams, Part 3" names no issue).
 */
public record RoundupRule(Set<String> categorySlugs, Optional<PathMatcher> path, Optional<Pattern> title,
        boolean numbered) {

    /** Today's rule: the category {@code roundup}, or an issue number in the metadata. */
    public static final RoundupRule DEFAULT = new RoundupRule(Set.of("roundup"), Optional.empty(), Optional.empty(), true);

    public static RoundupRule of(RoundupsConfig config) {
        return new RoundupRule(config.categories().stream().map(Slugs::of).filter(slug -> !slug.isEmpty())
                .collect(Collectors.toUnmodifiableSet()),
                config.path().filter(glob -> !glob.isBlank())
                        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob.strip())),
                config.title().filter(regex -> !regex.isBlank()).map(Pattern::compile), config.numbered());
    }

    /**
     * @param file the file's path inside the imported folder, with '/' separators
     * @param titleNumber the number the title ends with, if any
     */
    boolean matches(String file, MetadataFormat format, FrontMatter frontMatter, List<String> categorySlugs,
            Optional<Integer> titleNumber) {
        return categorySlugs.stream().anyMatch(this.categorySlugs::contains)
                || path.filter(matcher -> matcher.matches(Path.of(file))).isPresent()
                || title.filter(regex -> frontMatter.title().filter(text -> regex.matcher(text).find()).isPresent())
                        .isPresent()
                || numbered && (frontMatter.number().isPresent()
                        || format == MetadataFormat.HEADERS && titleNumber.isPresent());
    }
}

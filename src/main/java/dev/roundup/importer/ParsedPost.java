package dev.roundup.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.roundup.event.list.ListedEvent;

/**
 * Everything the importer takes from one markdown file; {@code sections} in document order, sub-sections included;
 * {@code listedEvents}: the lines of its events lists ("Upcoming Events"), read.
 */
public record ParsedPost(
        String slug,
        String title,
        Optional<String> author,
        OffsetDateTime date,
        boolean draft,
        boolean roundup,
        List<String> tags,
        List<String> categories,
        List<String> keywords,
        Optional<String> description,
        Optional<String> image,
        Optional<String> thumbnail,
        String introMarkdown,
        String introHtml,
        String bodyMarkdown,
        String bodyHtml,
        int wordCount,
        int readingMinutes,
        List<ParsedSection> sections,
        Set<String> linkedSlugs,
        String frontMatterJson,
        List<String> warnings,
        Optional<Integer> number,
        List<ListedEvent> listedEvents) {

    /** A post without events lists. */
    public ParsedPost(String slug, String title, Optional<String> author, OffsetDateTime date, boolean draft,
            boolean roundup, List<String> tags, List<String> categories, List<String> keywords,
            Optional<String> description, Optional<String> image, Optional<String> thumbnail, String introMarkdown,
            String introHtml, String bodyMarkdown, String bodyHtml, int wordCount, int readingMinutes,
            List<ParsedSection> sections, Set<String> linkedSlugs, String frontMatterJson, List<String> warnings,
            Optional<Integer> number) {
        this(slug, title, author, date, draft, roundup, tags, categories, keywords, description, image, thumbnail,
                introMarkdown, introHtml, bodyMarkdown, bodyHtml, wordCount, readingMinutes, sections, linkedSlugs,
                frontMatterJson, warnings, number, List.of());
    }

    /** The same post with its tags spelled otherwise (same slugs): how a run keeps one spelling per new tag. */
    public ParsedPost withTags(List<String> spellings) {
        return new ParsedPost(slug, title, author, date, draft, roundup, List.copyOf(spellings), categories, keywords,
                description, image, thumbnail, introMarkdown, introHtml, bodyMarkdown, bodyHtml, wordCount,
                readingMinutes, sections, linkedSlugs, frontMatterJson, warnings, number, listedEvents);
    }

    public int linkItemCount() {
        return sections.stream().mapToInt(section -> section.linkItems().size()).sum();
    }
}

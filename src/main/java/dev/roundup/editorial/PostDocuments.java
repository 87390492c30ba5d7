package dev.roundup.editorial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.roundup.common.Slugs;
import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;
import dev.roundup.importer.ContentException;
import dev.roundup.importer.FrontMatter;
import dev.roundup.importer.FrontMatterParser;
import dev.roundup.importer.MetadataFormat;
import dev.roundup.importer.ParsedPost;
import dev.roundup.importer.PostParser;
import dev.roundup.importer.SourceDocument;

/**
 * Turns what an editor sends into a Hugo markdown file and parses it with the importer's own parser, so a
 * post written through the API has its sections and link items exactly as if it had been imported.
 */
@ApplicationScoped
class PostDocuments {

    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    @Inject
    PostParser parser;

    /** The front matter of a JSON request, in the order Hugo authors write it. */
    ObjectNode frontMatter(PostRequest request) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("title", request.title().strip());
        node.put("date", date(request).toString());
        putIfPresent(node, "slug", request.slug());
        if (Boolean.TRUE.equals(request.draft())) {
            node.put("draft", true);
        }
        putIfPresent(node, "author", request.author());
        putIfPresent(node, "description", request.description());
        putList(node, "tags", request.tags());
        putList(node, "categories", request.categories());
        putList(node, "keywords", request.keywords());
        putIfPresent(node, "image", request.image());
        putIfPresent(node, "thumbnail", request.thumbnail());
        return node;
    }

    /** The slug a JSON request creates: its own, or the date and the title as the blog names its files. */
    String slugOf(PostRequest request) {
        return request.slug() != null ? request.slug() : defaultSlug(date(request), request.title());
    }

    /** The slug a markdown document creates: the front matter's, or the date and the title. */
    String slugOf(String markdown) {
        FrontMatter frontMatter = frontMatterOf(markdown);
        if (frontMatter.slug().isPresent()) {
            return PostParser.slugOf("", frontMatter.slug());
        }
        String title = frontMatter.title().orElseThrow(() -> ProblemException.invalidFields(List.of(
                new Problem.FieldError("title", "the front matter needs a title or a slug to name the post"))));
        return defaultSlug(frontMatter.date().orElseGet(ZonedNow::now), title);
    }

    /** The slug the front matter asks for, if any. */
    Optional<String> frontMatterSlug(String markdown) {
        return frontMatterOf(markdown).slug().map(slug -> PostParser.slugOf("", Optional.of(slug)));
    }

    String markdown(ObjectNode frontMatter, String body) {
        try {
            return "---\n" + YAML.writeValueAsString(frontMatter) + "---\n\n" + body.strip() + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes as YAML", e);
        }
    }

    /** Parses the document as the file {slug}.md; a content error is a 400 naming the field and line. */
    ParsedPost parse(String slug, String markdown, String field) {
        if (!SlugRule.matches(slug)) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("slug", SlugRule.RULE + ", got '"
                    + abbreviate(slug) + "'")));
        }
        try {
            return parser.parse(slug + ".md", markdown);
        } catch (ContentException e) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError(field, "line " + e.line() + ": "
                    + e.getMessage())));
        }
    }

    static String contentHash(String markdown) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(markdown.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A document sent to the API names its post in its metadata: a file without any is no post. */
    private static FrontMatter frontMatterOf(String markdown) {
        try {
            SourceDocument document = SourceDocument.split(markdown);
            if (document.format() == MetadataFormat.NONE) {
                throw new ContentException(document.frontMatterLine(), "no front matter: the document must start with"
                        + " its metadata (YAML between '---' lines, TOML between '+++' lines, a JSON object or"
                        + " 'Key: value' lines)");
            }
            return new FrontMatterParser().parse(document);
        } catch (ContentException e) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("markdown", "line " + e.line() + ": "
                    + e.getMessage())));
        }
    }

    private static OffsetDateTime date(PostRequest request) {
        return request.date() == null ? ZonedNow.now() : IsoDate.Validator.parse(request.date()).orElseThrow();
    }

    private static String defaultSlug(OffsetDateTime date, String title) {
        return date.toLocalDate() + "-" + Slugs.of(title);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }

    private static void putList(ObjectNode node, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            values.forEach(node.putArray(field)::add);
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /** Now, to the second, in UTC: the date of a post that does not give one. */
    private static final class ZonedNow {
        static OffsetDateTime now() {
            return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        }
    }
}

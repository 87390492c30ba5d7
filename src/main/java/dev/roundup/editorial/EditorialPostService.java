package dev.roundup.editorial;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.roundup.change.ChangeListener;
import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;
import dev.roundup.importer.ParsedPost;
import dev.roundup.importer.PostWriter;
import dev.roundup.post.PostQueries;

/**
 * Creates, replaces, patches and deletes posts. Every write goes through the importer's parser and writer:
 * one transaction per post under the slug's lock, its version checked and bumped in that transaction.
 */
@ApplicationScoped
public class EditorialPostService {

    /** The source_root of posts written through the API. */
    public static final String SOURCE = "api";

    @Inject
    PostDocuments documents;

    @Inject
    PostWriter writer;

    @Inject
    PostQueries posts;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    ChangeListener changes;

    public PostWriteResult create(PostRequest request) {
        String slug = documents.slugOf(request);
        return write(slug, documents.markdown(documents.frontMatter(request), request.body()), "body",
                PostWriter.Expected.ABSENT);
    }

    public PostWriteResult create(String markdown) {
        return write(documents.slugOf(markdown), markdown, "markdown", PostWriter.Expected.ABSENT);
    }

    public PostWriteResult replace(String slug, PostRequest request, PostWriter.Expected expected) {
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw slugMismatch(request.slug(), slug);
        }
        return write(slug, documents.markdown(documents.frontMatter(request), request.body()), "body", expected);
    }

    public PostWriteResult replace(String slug, String markdown, PostWriter.Expected expected) {
        documents.frontMatterSlug(markdown).filter(own -> !own.equals(slug)).ifPresent(own -> {
            throw slugMismatch(own, slug);
        });
        return write(slug, markdown, "markdown", expected);
    }

    public PostWriteResult patch(String slug, JsonNode patch, PostWriter.Expected expected) {
        Stored stored = stored(slug).orElseThrow(() -> notFound(slug));
        PostPatch.Merged merged = PostPatch.apply(patch, stored.frontMatter(), stored.body());
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(PostPatch.asRequest(merged, patch));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return write(slug, documents.markdown(merged.frontMatter(), merged.body()), "body", expected);
    }

    public void delete(String slug, PostWriter.Expected expected) {
        try {
            writer.delete(slug, expected);
            changes.catchUp();
        } catch (PostWriter.PreconditionFailedException e) {
            throw conflict(slug, e, expected);
        }
    }

    /** The current version of any post, drafts and scheduled ones included. */
    public Optional<Long> version(String slug) {
        return posts.version(slug);
    }

    private PostWriteResult write(String slug, String markdown, String field, PostWriter.Expected expected) {
        ParsedPost post = documents.parse(slug, markdown, field);
        try {
            PostWriter.Written written = writer.write(post, SOURCE, slug + ".md", PostDocuments.contentHash(markdown),
                    expected);
            // the writer's next read, on this instance, shows what it wrote
            changes.catchUp();
            return PostWriteResult.of(post, written.version());
        } catch (PostWriter.PreconditionFailedException e) {
            throw conflict(slug, e, expected);
        }
    }

    private record Stored(long version, ObjectNode frontMatter, String body) {
    }

    private Optional<Stored> stored(String slug) {
        return posts.source(slug).map(source -> new Stored(source.version(), frontMatter(source.frontMatterJson()),
                source.bodyMarkdown()));
    }

    private ObjectNode frontMatter(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            return node instanceof ObjectNode object ? object : mapper.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's jsonb is always JSON", e);
        }
    }

    private static RuntimeException conflict(String slug, PostWriter.PreconditionFailedException e,
            PostWriter.Expected expected) {
        if (expected.absent()) {
            return new ProblemException(409, "slug-taken", "Conflict", "a post with the slug '" + slug
                    + "' exists already; change it with PUT or PATCH, or choose another slug");
        }
        if (e.current().isEmpty()) {
            return notFound(slug);
        }
        return new ProblemException(412, "stale-version", "Precondition Failed", "the post is at version "
                + e.current().getAsLong() + ", not the one in If-Match: read it again and reapply the change",
                List.of(), Map.of("ETag", EntityTags.of(e.current().getAsLong())));
    }

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("no post has the slug '" + slug + "'");
    }

    private static ProblemException slugMismatch(String given, String path) {
        return ProblemException.invalidFields(List.of(new Problem.FieldError("slug", "is '" + given
                + "' but the path names '" + path + "'; a slug cannot be changed by a write")));
    }
}

package dev.roundup.editorial;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import dev.roundup.change.ChangeListener;
import dev.roundup.common.Slugs;
import dev.roundup.common.UrlNormalizer;
import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;
import dev.roundup.importer.CommentaryRenderer;
import dev.roundup.importer.PostWriter;
import dev.roundup.link.LinkAdditions;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Adds link items to sections of posts. Like a correction, an addition is written to the post's link items at
 * once (a new post version) and kept apart in link_correction, so that every later write of the post, an import
 * too, puts it back ({@link LinkAdditions#apply}); the post's markdown is not changed.
 */
@ApplicationScoped
public class LinkAdditionService {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChangeListener changes;

    public LinkWriteResult create(String postSlug, CreateLinkItemRequest request, PostWriter.Expected expected) {
        checkSectionNamed(request);
        String url = request.url().strip();
        String normalizedUrl = UrlNormalizer.normalize(url);
        String domain = UrlNormalizer.domainOf(url).orElse(null);
        CommentaryRenderer.Rendered commentary = CommentaryRenderer.render(request.commentary());
        LinkAdditions.NewItem item = new LinkAdditions.NewItem(request.title().strip(), url, domain, normalizedUrl,
                commentary.markdown(), commentary.html(), commentary.text(), normalizedUrl);
        LinkWriteResult result = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                long[] post = lockedPost(connection, postSlug, expected);
                long postId = post[0];
                LinkAdditions.Target section = section(connection, postId, request);
                refuseDuplicate(connection, postId, normalizedUrl);
                int count = LinkAdditions.count(connection, section.id());
                int index = request.position() == null ? count : request.position();
                if (index > count) {
                    throw ProblemException.invalidFields(List.of(new Problem.FieldError("position", "must be from 0 to "
                            + count + ": the section has " + count + " link items")));
                }
                String after = index == 0 ? null : LinkAdditions.urlAt(connection, section.id(), index - 1).orElse(null);
                long id = LinkAdditions.insert(connection, postId, section, index, item);
                LinkEdits.keepAddition(connection, postSlug, item, section, index, after);
                long version = LinkEdits.bumpPost(connection, postId);
                return new LinkWriteResult(id, postSlug, section.slug(), section.position(), index, item.title(), url,
                        domain, commentary.markdown(), commentary.html(), commentary.text(), version,
                        EditorialLinkResource.PATH + "/" + id);
            }
        });
        // the writer's next read, on this instance, shows what it wrote
        changes.catchUp();
        return result;
    }

    private static void checkSectionNamed(CreateLinkItemRequest request) {
        boolean bySlug = request.section() != null && !request.section().isBlank();
        if (bySlug == (request.sectionPosition() != null)) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("section", bySlug
                    ? "give the section by its slug or by sectionPosition, not both"
                    : "give the section by its slug, or its position in the post in sectionPosition")));
        }
    }

    /** The post's id and version, under the post's lock (the importer's too), at the version If-Match names. */
    private static long[] lockedPost(Connection connection, String slug, PostWriter.Expected expected) throws SQLException {
        PostWriter.lockSlug(connection, slug);
        long[] post = LinkEdits.post(connection, slug)
                .orElseThrow(() -> new NotFoundException("no post has the slug '" + slug + "'"));
        long wanted = expected.version().orElse(-1);
        if (wanted >= 0 && wanted != post[1]) {
            throw EntityTags.stale("the post", post[1]);
        }
        return post;
    }

    private static LinkAdditions.Target section(Connection connection, long postId, CreateLinkItemRequest request)
            throws SQLException {
        String field = request.sectionPosition() != null ? "sectionPosition" : "section";
        Optional<LinkAdditions.Target> found;
        if (request.sectionPosition() != null) {
            found = LinkAdditions.sectionAt(connection, postId, request.sectionPosition());
        } else {
            List<LinkAdditions.Target> named = LinkAdditions.sections(connection, postId, Slugs.of(request.section()));
            if (named.size() > 1) {
                throw invalid(field, "names " + named.size() + " sections of this post; give sectionPosition instead");
            }
            found = named.stream().findFirst();
        }
        LinkAdditions.Target section = found.orElseThrow(() -> invalid(field, "names no section of this post; "
                + sectionsOf(connection, postId)));
        if (!section.kind().takesLinkItems()) {
            throw invalid(field, "names a " + section.kind().dbValue() + " section, which holds no link items");
        }
        return section;
    }

    private static String sectionsOf(Connection connection, long postId) {
        try {
            String sections = LinkEdits.sectionsOf(connection, postId);
            return sections.isEmpty() ? "it has none (only roundups have sections)" : "its sections: " + sections;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void refuseDuplicate(Connection connection, long postId, String normalizedUrl) throws SQLException {
        // a corrected item is kept by the URL the markdown has: an addition of that URL would replace its correction
        Optional<Long> existing = LinkEdits.itemWithUrl(connection, postId, normalizedUrl);
        if (existing.isPresent()) {
            long id = existing.get();
            throw new ProblemException(409, "link-exists", "Conflict", "the post has this link already (link item "
                    + id + "); correct it with PATCH " + EditorialLinkResource.PATH + "/" + id);
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalidFields(List.of(new Problem.FieldError(field, message)));
    }
}

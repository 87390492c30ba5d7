package dev.roundup.editorial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
                keep(connection, postSlug, item, section, index, after);
                long version = EditorialLinkService.bumpPost(connection, postId);
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
        try (PreparedStatement select = connection.prepareStatement("select id, version from post where slug = ?")) {
            select.setString(1, slug);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("no post has the slug '" + slug + "'");
                }
                long version = row.getLong(2);
                long wanted = expected.version().orElse(-1);
                if (wanted >= 0 && wanted != version) {
                    throw EntityTags.stale("the post", version);
                }
                return new long[]{ row.getLong(1), version };
            }
        }
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
        try (PreparedStatement select = connection.prepareStatement("select coalesce(string_agg(position || ' '"
                + " || coalesce(slug, '(untitled)'), ', ' order by position), '') from section where post_id = ?")) {
            select.setLong(1, postId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                String sections = rows.getString(1);
                return sections.isEmpty() ? "it has none (only roundups have sections)" : "its sections: " + sections;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void refuseDuplicate(Connection connection, long postId, String normalizedUrl) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                // a corrected item is kept by the URL the markdown has: an addition of that URL would replace its
                // correction
                "select id from link_item where post_id = ? and (normalized_url = ? or corrected_from = ?)"
                        + " order by post_position limit 1")) {
            select.setLong(1, postId);
            select.setString(2, normalizedUrl);
            select.setString(3, normalizedUrl);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    long id = rows.getLong(1);
                    throw new ProblemException(409, "link-exists", "Conflict", "the post has this link already (link"
                            + " item " + id + "); correct it with PATCH " + EditorialLinkResource.PATH + "/" + id);
                }
            }
        }
    }

    /** Keeps the addition for later writes of the post; it replaces whatever was kept for this URL (a deletion). */
    private static void keep(Connection connection, String postSlug, LinkAdditions.NewItem item,
            LinkAdditions.Target section, int index, String after) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into link_correction (post_slug, original_normalized_url, title, url, domain, normalized_url,
                    commentary_markdown, commentary_html, commentary_text, added, section_slug, position,
                    after_normalized_url)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)
                on conflict (post_slug, original_normalized_url) do update set title = excluded.title,
                    url = excluded.url, domain = excluded.domain, normalized_url = excluded.normalized_url,
                    commentary_markdown = excluded.commentary_markdown, commentary_html = excluded.commentary_html,
                    commentary_text = excluded.commentary_text, added = true, deleted = false,
                    section_slug = excluded.section_slug, position = excluded.position,
                    after_normalized_url = excluded.after_normalized_url, created_at = now(), updated_at = now()""")) {
            int column = 1;
            upsert.setString(column++, postSlug);
            upsert.setString(column++, item.correctedFrom());
            upsert.setString(column++, item.title());
            upsert.setString(column++, item.url());
            upsert.setString(column++, item.domain());
            upsert.setString(column++, item.normalizedUrl());
            upsert.setString(column++, item.commentaryMarkdown());
            upsert.setString(column++, item.commentaryHtml());
            upsert.setString(column++, item.commentaryText());
            upsert.setString(column++, section.slug());
            upsert.setInt(column++, index);
            upsert.setString(column, after);
            upsert.executeUpdate();
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalidFields(List.of(new Problem.FieldError(field, message)));
    }
}

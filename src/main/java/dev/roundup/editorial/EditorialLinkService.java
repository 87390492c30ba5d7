package dev.roundup.editorial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.databind.JsonNode;

import dev.roundup.change.ChangeListener;
import dev.roundup.common.UrlNormalizer;
import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.error.Problem;
import dev.roundup.common.error.ProblemException;
import dev.roundup.common.paging.Parameters;
import dev.roundup.importer.CommentaryRenderer;
import dev.roundup.importer.PostWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Corrects and deletes link items. A link item belongs to its post: the post's version is the item's, and
 * goes up with each correction. The correction is also stored apart (link_correction), and every later write
 * of the post, an import included, applies it again to the items its markdown gives.
 */
@ApplicationScoped
public class EditorialLinkService {

    static final Set<String> PATCHABLE = new TreeSet<>(List.of("title", "url", "commentary"));
    private static final int MAX_TITLE = 500;
    private static final int MAX_URL = 2000;
    private static final int MAX_COMMENTARY = 100_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChangeListener changes;

    public LinkWriteResult patch(String id, JsonNode patch, PostWriter.Expected expected) {
        long itemId = id(id);
        Change change = change(patch);
        LinkWriteResult result = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Item item = lockedItem(connection, itemId, expected);
                String title = change.title() != null ? change.title() : item.title();
                String url = change.url() != null ? change.url() : item.url();
                CommentaryRenderer.Rendered commentary = change.commentary() != null
                        ? CommentaryRenderer.render(change.commentary())
                        : new CommentaryRenderer.Rendered(item.markdown(), item.html(), item.text());
                String domain = UrlNormalizer.domainOf(url).orElse(null);
                try (PreparedStatement save = connection.prepareStatement("""
                        insert into link_correction as c (post_slug, original_normalized_url, title, url, domain,
                            normalized_url, commentary_markdown, commentary_html, commentary_text)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (post_slug, original_normalized_url) do update set
                            title = coalesce(excluded.title, c.title), url = coalesce(excluded.url, c.url),
                            domain = case when excluded.url is null then c.domain else excluded.domain end,
                            normalized_url = coalesce(excluded.normalized_url, c.normalized_url),
                            commentary_markdown = coalesce(excluded.commentary_markdown, c.commentary_markdown),
                            commentary_html = coalesce(excluded.commentary_html, c.commentary_html),
                            commentary_text = coalesce(excluded.commentary_text, c.commentary_text),
                            deleted = false, updated_at = now()""");
                        PreparedStatement update = connection.prepareStatement("""
                                update link_item set title = ?, url = ?, domain = ?, normalized_url = ?,
                                    target_slug = case when ? then target_slug end, commentary_markdown = ?,
                                    commentary_html = ?, commentary_text = ?, corrected_from = ?
                                where id = ?""")) {
                    int column = 1;
                    save.setString(column++, item.postSlug());
                    save.setString(column++, item.key());
                    save.setString(column++, change.title());
                    save.setString(column++, change.url());
                    save.setString(column++, change.url() == null ? null : domain);
                    save.setString(column++, change.url() == null ? null : UrlNormalizer.normalize(change.url()));
                    save.setString(column++, change.commentary() == null ? null : commentary.markdown());
                    save.setString(column++, change.commentary() == null ? null : commentary.html());
                    save.setString(column, change.commentary() == null ? null : commentary.text());
                    save.executeUpdate();
                    column = 1;
                    update.setString(column++, title);
                    update.setString(column++, url);
                    update.setString(column++, domain);
                    update.setString(column++, UrlNormalizer.normalize(url));
                    update.setBoolean(column++, change.url() == null);
                    update.setString(column++, commentary.markdown());
                    update.setString(column++, commentary.html());
                    update.setString(column++, commentary.text());
                    update.setString(column++, item.key());
                    update.setLong(column, itemId);
                    update.executeUpdate();
                }
                long version = bumpPost(connection, item.postId());
                return new LinkWriteResult(itemId, item.postSlug(), item.section(), item.sectionPosition(),
                        item.position(), title, url, domain, commentary.markdown(), commentary.html(), commentary.text(),
                        version, EditorialLinkResource.PATH + "/" + itemId);
            }
        });
        // the writer's next read, on this instance, shows what it wrote
        changes.catchUp();
        return result;
    }

    public void delete(String id, PostWriter.Expected expected) {
        long itemId = id(id);
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Item item = lockedItem(connection, itemId, expected);
                try (PreparedStatement save = connection.prepareStatement("""
                        insert into link_correction (post_slug, original_normalized_url, deleted) values (?, ?, true)
                        on conflict (post_slug, original_normalized_url) do update set deleted = true, updated_at = now()""");
                        PreparedStatement delete = connection.prepareStatement("delete from link_item where id = ?")) {
                    save.setString(1, item.postSlug());
                    save.setString(2, item.key());
                    save.executeUpdate();
                    delete.setLong(1, itemId);
                    delete.executeUpdate();
                }
                return bumpPost(connection, item.postId());
            }
        });
        changes.catchUp();
    }

    private record Change(String title, String url, String commentary) {
    }

    private record Item(long postId, String postSlug, long version, String title, String url, String key,
            String markdown, String html, String text, String section, int sectionPosition, int position) {
    }

    /** The item under its post's lock (the importer's, too), its post at the version If-Match names. */
    private static Item lockedItem(Connection connection, long itemId, PostWriter.Expected expected) throws SQLException {
        String slug = null;
        try (PreparedStatement select = connection.prepareStatement(
                "select p.slug from link_item l join post p on p.id = l.post_id where l.id = ?")) {
            select.setLong(1, itemId);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    slug = rows.getString(1);
                }
            }
        }
        if (slug == null) {
            throw notFound(itemId);
        }
        PostWriter.lockSlug(connection, slug);
        try (PreparedStatement select = connection.prepareStatement("""
                select p.id, p.slug, p.version, l.title, l.url, coalesce(l.corrected_from, l.normalized_url),
                    l.commentary_markdown, l.commentary_html, l.commentary_text, s.slug, s.position,
                    (select count(*) from link_item o where o.section_id = l.section_id and o.position < l.position)
                from link_item l join post p on p.id = l.post_id join section s on s.id = l.section_id
                where l.id = ?""")) {
            select.setLong(1, itemId);
            try (ResultSet row = select.executeQuery()) {
                // the post may have been rewritten while this waited for its lock: the item is gone then
                if (!row.next()) {
                    throw notFound(itemId);
                }
                Item item = new Item(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                        row.getString(10), row.getInt(11), row.getInt(12));
                long wanted = expected.version().orElse(-1);
                if (wanted >= 0 && wanted != item.version()) {
                    throw EntityTags.stale("the link item's post", item.version());
                }
                return item;
            }
        }
    }

    static long bumpPost(Connection connection, long postId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update post set version = version + 1, updated_at = now() where id = ? returning version")) {
            update.setLong(1, postId);
            try (ResultSet rows = update.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Change change(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidFields(List.of(new Problem.FieldError("body",
                    "a merge patch is a JSON object of the fields to change")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                errors.add(new Problem.FieldError(name, "cannot be patched; patchable: " + PATCHABLE));
            }
        }
        String title = text(patch, "title", MAX_TITLE, errors);
        String url = text(patch, "url", MAX_URL, errors);
        String commentary = text(patch, "commentary", MAX_COMMENTARY, errors);
        if (title != null && title.isBlank()) {
            errors.add(new Problem.FieldError("title", "must not be blank"));
        }
        if (url != null && !url.strip().matches("https?://[^\\s]+")) {
            errors.add(new Problem.FieldError("url", "must be an http or https URL"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new Change(title == null ? null : title.strip(), url == null ? null : url.strip(), commentary);
    }

    private static String text(JsonNode patch, String field, int max, List<Problem.FieldError> errors) {
        JsonNode value = patch.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new Problem.FieldError(field, value.isNull() ? "cannot be removed"
                    + (field.equals("commentary") ? "; send \"\" for none" : "") : "must be a string"));
            return null;
        }
        if (value.asText().length() > max) {
            errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return value.asText();
    }

    private static long id(String id) {
        try {
            long value = Long.parseLong(id.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("id", "id must be a link item's number, got '" + Parameters.abbreviate(id) + "'");
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no link item has the id " + id);
    }
}

package dev.roundup.editorial;

import java.sql.Connection;
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
                LinkEdits.Item item = lockedItem(connection, itemId, expected);
                LinkEdits.Correction after = after(item, change);
                LinkEdits.keepCorrection(connection, item, changed(change, after));
                LinkEdits.correctItem(connection, itemId, item, after, change.url() == null);
                long version = LinkEdits.bumpPost(connection, item.postId());
                return new LinkWriteResult(itemId, item.postSlug(), item.section(), item.sectionPosition(),
                        item.position(), after.title(), after.url(), after.domain(), after.commentaryMarkdown(),
                        after.commentaryHtml(), after.commentaryText(), version, EditorialLinkResource.PATH + "/" + itemId);
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
                LinkEdits.Item item = lockedItem(connection, itemId, expected);
                LinkEdits.deleteItem(connection, itemId, item);
                return LinkEdits.bumpPost(connection, item.postId());
            }
        });
        changes.catchUp();
    }

    private record Change(String title, String url, String commentary) {
    }

    /** The item's fields once the change is applied. */
    private static LinkEdits.Correction after(LinkEdits.Item item, Change change) {
        String title = change.title() != null ? change.title() : item.title();
        String url = change.url() != null ? change.url() : item.url();
        CommentaryRenderer.Rendered commentary = change.commentary() != null
                ? CommentaryRenderer.render(change.commentary())
                : new CommentaryRenderer.Rendered(item.markdown(), item.html(), item.text());
        return new LinkEdits.Correction(title, url, UrlNormalizer.domainOf(url).orElse(null),
                UrlNormalizer.normalize(url), commentary.markdown(), commentary.html(), commentary.text());
    }

    /** What the correction changes, to keep: the fields the patch names, null for the others. */
    private static LinkEdits.Correction changed(Change change, LinkEdits.Correction after) {
        boolean url = change.url() != null;
        boolean commentary = change.commentary() != null;
        return new LinkEdits.Correction(change.title(), change.url(), url ? after.domain() : null,
                url ? after.normalizedUrl() : null, commentary ? after.commentaryMarkdown() : null,
                commentary ? after.commentaryHtml() : null, commentary ? after.commentaryText() : null);
    }

    /** The item under its post's lock (the importer's, too), its post at the version If-Match names. */
    private static LinkEdits.Item lockedItem(Connection connection, long itemId, PostWriter.Expected expected)
            throws SQLException {
        String slug = LinkEdits.postSlugOfItem(connection, itemId).orElseThrow(() -> notFound(itemId));
        PostWriter.lockSlug(connection, slug);
        // the post may have been rewritten while this waited for its lock: the item is gone then
        LinkEdits.Item item = LinkEdits.item(connection, itemId).orElseThrow(() -> notFound(itemId));
        long wanted = expected.version().orElse(-1);
        if (wanted >= 0 && wanted != item.version()) {
            throw EntityTags.stale("the link item's post", item.version());
        }
        return item;
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

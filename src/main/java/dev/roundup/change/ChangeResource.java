package dev.roundup.change;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Cursor;
import dev.roundup.common.paging.Page;
import dev.roundup.common.paging.PageNumberParams;
import dev.roundup.common.paging.PageRequest;
import dev.roundup.common.paging.Parameters;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What was created, updated and deleted, in order: for static-site builders and CDNs")
public class ChangeResource {

    @Inject
    ChangeService changes;

    @GET
    @Operation(summary = "List changes", description = "Public changes to posts, link items and events, oldest first."
            + " Only what readers can see: a draft appears when it is published (as created), a post made a draft"
            + " or deleted appears as deleted (a tombstone), a scheduled post appears when its date arrives. One"
            + " change per entity and write: a re-import of a post is one update. Poll with the cursor of the last"
            + " page (meta.nextCursor, or the last item's cursor by following the Link header) to get what is new."
            + " Changes are kept for a while (ROUNDUP_CHANGES_RETENTION): a cursor or since older than the purged"
            + " changes gets a 410, since deletions would be missed.")
    @APIResponse(responseCode = "200", description = "A page of changes, with X-Total-Count and Link headers")
    @APIResponse(responseCode = "410", description = "The changes after this cursor or since this date were partly"
            + " purged (older than the retention): read the content again from the lists, then follow the feed from"
            + " the problem's resumeCursor")
    public Page<Change> list(
            @Parameter(description = "Changes written at or after this date or date-time with offset; or a cursor"
                    + " from meta.nextCursor", example = "2026-11-01T00:00:00Z") @RestQuery String since,
            @Parameter(description = "Only changes of this type", schema = @Schema(enumeration = { "post", "link",
                    "event" })) @RestQuery String type,
            @BeanParam PageNumberParams paging,
            @Parameter(description = "Opaque keyset cursor from meta.nextCursor") @RestQuery String cursor) {
        Optional<OffsetDateTime> sinceDate = Optional.empty();
        String cursorParameter = "cursor";
        String position = cursor;
        if (since != null && !since.isBlank()) {
            // a date starts with a digit; a cursor never does (base64 of a sort name, which is ASCII letters)
            if (Character.isDigit(since.strip().charAt(0))) {
                sinceDate = Parameters.instant("since", since, false);
            } else if (cursor != null && !cursor.isBlank()) {
                throw new InvalidParameterException("since", "give since as a date-time, or a cursor in since or"
                        + " cursor, not both");
            } else {
                checkSinceCursor(since);
                position = since;
                cursorParameter = "since";
            }
        }
        PageRequest request = PageRequest.of(paging.page, paging.size, cursorParameter, position, ChangeService.SORT);
        return changes.list(type(type), sinceDate, request);
    }

    private static void checkSinceCursor(String since) {
        try {
            Cursor.decode("since", since, ChangeService.SORT);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException("since", "since must be a date (2026-06-01), a date-time with offset"
                    + " (2026-06-01T10:00:00+02:00) or a cursor from meta.nextCursor, got '" + Parameters.abbreviate(since)
                    + "': " + e.getMessage());
        }
    }

    private static Optional<String> type(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        String value = type.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("post") && !value.equals("link") && !value.equals("event")) {
            throw new InvalidParameterException("type", "type must be post, link or event, got '"
                    + Parameters.abbreviate(type) + "'");
        }
        return Optional.of(value);
    }
}

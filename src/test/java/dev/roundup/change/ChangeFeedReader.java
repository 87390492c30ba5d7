package dev.roundup.change;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

import dev.roundup.common.paging.Page;
import io.restassured.common.mapper.TypeRef;

/** Reads GET /api/v1/changes as a client does: following the cursor to the end, waiting for a post's change. */
final class ChangeFeedReader {

    /** The changes read, and the cursor to read on from. */
    record Feed(List<Change> changes, String cursor) {
    }

    private ChangeFeedReader() {
    }

    /** Every change after the cursor (null: from the beginning), following the cursor to the end. */
    static Feed drain(String from) {
        List<Change> changes = new ArrayList<>();
        String position = from;
        while (true) {
            var request = given().queryParam("size", 100);
            if (position != null) {
                request.queryParam("cursor", position);
            }
            Page<Change> page = request.get("/api/v1/changes").then().statusCode(200).extract()
                    .as(new TypeRef<Page<Change>>() {
                    });
            changes.addAll(page.items());
            if (page.meta().nextCursor() != null) {
                position = page.meta().nextCursor();
            }
            if (page.items().size() < 100) {
                return new Feed(changes, position);
            }
        }
    }

    /**
     * The changes after the cursor once the post's change shows: the feed holds back the changes of a transaction
     * while an older one may still run (a search refresh after an import, say), so it may lag a moment. A null
     * action waits for any change of the post.
     */
    static Feed awaitPost(String from, String slug, String action) {
        return await(from, "post", slug, action);
    }

    /** The changes after the cursor once a change of this type and key (and action, unless null) shows. */
    static Feed await(String from, String type, String key, String action) {
        List<Feed> feed = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            feed.clear();
            feed.add(drain(from));
            return feed.get(0).changes().stream().anyMatch(change -> change.type().equals(type)
                    && change.key().equals(key) && (action == null || change.action().equals(action)));
        });
        return feed.get(0);
    }
}

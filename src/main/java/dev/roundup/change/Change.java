package dev.roundup.change;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One public change: an entity created, updated or deleted (a tombstone: the entity is gone or hidden now). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Change")
public record Change(
        @Schema(description = "The change's number, increasing within the feed", example = "4711") long id,
        @Schema(description = "What changed", enumeration = {
                "post", "link", "event" }, example = "post") String type,
        @Schema(description = "created (new, or newly published), updated, or deleted (gone, or no longer public)",
                enumeration = { "created", "updated", "deleted" }, example = "updated") String action,
        @Schema(description = "When the change was written", example = "2026-11-15T16:02:40Z") OffsetDateTime at,
        @Schema(description = "The entity's key: a post's or event's slug, a link item's id",
                example = "2026-11-15-interesting-stuff-week-46-2026") String key,
        @Schema(description = "The post of a link item (and of a post, its own slug)",
                example = "2026-11-15-interesting-stuff-week-46-2026") String postSlug,
        @Schema(description = "Where to read the entity now (a 404 after a deletion)",
                example = "/api/v1/posts/2026-11-15-interesting-stuff-week-46-2026") String href){

    public static String href(String type, String key) {
        return switch (type) {
            case "post" -> "/api/v1/posts/" + key;
            case "link" -> "/api/v1/links/" + key;
            default -> "/api/v1/events/" + key;
        };
    }
}

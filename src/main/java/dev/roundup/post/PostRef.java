package dev.roundup.post;

import java.time.OffsetDateTime;

/** Another post, named: previous and next, related posts, links between posts. */
public record PostRef(String slug, String title, OffsetDateTime date, String url) {
}

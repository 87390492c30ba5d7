package dev.roundup.post;

import java.time.OffsetDateTime;

/** Where a post stands: only {@code published} posts are public. */
public enum PostStatus {
    draft, scheduled, published;

    public static PostStatus of(boolean draft, OffsetDateTime date) {
        if (draft) {
            return PostStatus.draft;
        }
        return date.isAfter(OffsetDateTime.now()) ? scheduled : published;
    }
}

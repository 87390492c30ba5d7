package dev.roundup.common.security;

/** The roles a bearer token carries in its {@code groups} claim. Reads need none. */
public final class Roles {

    /** Writes content: posts, and previews of drafts and scheduled posts. */
    public static final String EDITOR = "editor";
    /** Everything an editor does, plus imports and deletions. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

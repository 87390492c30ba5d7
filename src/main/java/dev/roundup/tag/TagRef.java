package dev.roundup.tag;

/** A tag as it appears on a post or a link: its display name and slug. */
public record TagRef(String name, String slug) {
}

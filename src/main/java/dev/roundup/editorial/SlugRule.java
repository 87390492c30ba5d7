package dev.roundup.editorial;

/** What a slug written through the API may look like: safe in a URL path and a file name. */
final class SlugRule {

    static final String PATTERN = "[a-z0-9][a-z0-9._-]{0,199}";
    static final String RULE = "must be lower-case letters, digits, '-', '.' or '_', at most 200 characters, starting"
            + " with a letter or digit";

    private SlugRule() {
    }

    static boolean matches(String slug) {
        return slug != null && slug.matches(PATTERN);
    }
}

package dev.roundup.editorial;

import java.util.List;
import java.util.Map;

import dev.roundup.common.error.ProblemException;
import dev.roundup.importer.PostWriter;

/** A post's strong entity tag is its version; writes must name the version they change in If-Match. */
public final class EntityTags {

    // "3" as a write answers, or "3-<hash of the bytes>" as a GET answers: the version is what counts
    private static final java.util.regex.Pattern STRONG_TAG =
            java.util.regex.Pattern.compile("\"(\\d{1,18})(-[A-Za-z0-9_-]*)?\"");

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** A 412 for a write whose If-Match names another version of the post than the stored one. */
    public static ProblemException stale(String what, long current) {
        return new ProblemException(412, "stale-version", "Precondition Failed", what + " is at version " + current
                + ", not the one in If-Match: read it again and reapply the change", List.of(),
                Map.of("ETag", of(current)));
    }

    /**
     * What If-Match asks of the stored post: {@code *} any version, {@code "3"} exactly version 3. Without the
     * header a write would silently overwrite a concurrent one, so it is required (428).
     */
    public static PostWriter.Expected expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition Required",
                    "send If-Match with the post's ETag (from GET or from the last write), or If-Match: *"
                            + " to overwrite whatever version is stored");
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return PostWriter.Expected.EXISTING;
        }
        List<String> tags = List.of(value.split("\\s*,\\s*"));
        java.util.regex.Matcher tag = STRONG_TAG.matcher(tags.get(0));
        if (tags.size() != 1 || !tag.matches()) {
            // A weak tag or several tags can never identify the one version this write replaces.
            throw new ProblemException(412, "stale-version", "Precondition Failed",
                    "If-Match must hold one strong entity tag such as \"3\", or *");
        }
        return PostWriter.Expected.version(Long.parseLong(tag.group(1)));
    }
}

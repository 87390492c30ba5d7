package dev.roundup.link;

/** A short plain-text preview of a commentary, for lists. */
public final class Excerpt {

    public static final int MAX_LENGTH = 280;
    private static final String ELLIPSIS = "…";

    private Excerpt() {
    }

    /** The text whole when it is short, else cut at the last word boundary before the limit, with an ellipsis. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String whole = text.strip().replaceAll("\\s+", " ");
        if (whole.length() <= MAX_LENGTH) {
            return whole;
        }
        String cut = whole.substring(0, MAX_LENGTH);
        int space = cut.lastIndexOf(' ');
        // a single word longer than the limit is cut inside the word rather than dropped
        String kept = space > 0 ? cut.substring(0, space) : cut;
        return stripTrailingPunctuation(kept) + ELLIPSIS;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;:-–—(".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }
}

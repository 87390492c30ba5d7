package dev.roundup.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns display names (tags, section headings) into URL-safe slugs. */
public final class Slugs {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    // ".NET" reads better as "dotnet" than as "net"
    private static final Pattern LEADING_DOT = Pattern.compile("(^|[^\\p{Alnum}])\\.(?=\\p{Alpha})");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Generative AI" -> "generative-ai", ".NET" -> "dotnet", "C#" -> "c-sharp", "~ Finally" -> "finally". */
    public static String of(String name) {
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        text = DIACRITICS.matcher(text).replaceAll("");
        text = LEADING_DOT.matcher(text).replaceAll("$1dot");
        text = text.replace("#", " sharp").replace("+", " plus").replace("&", " and ");
        text = text.toLowerCase(Locale.ROOT);
        text = NON_ALPHANUMERIC.matcher(text).replaceAll("-");
        return trimDashes(text);
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}

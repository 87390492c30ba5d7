package dev.roundup.event.list;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Month names as event lists write them: in full, abbreviated ("Sep", "Sept", "Dec."), and misspelt ("Octover",
 * "Dex"). A misspelling is read when exactly one month is one edit away from it (two for a long word).
 */
final class MonthNames {

    /** A month read from a word; {@code corrected} when the word was a misspelling. */
    record Read(Month month, boolean corrected) {
    }

    private MonthNames() {
    }

    static Optional<Read> read(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (lower.length() < 3 || !lower.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            String full = full(month);
            if (full.equals(lower) || full.substring(0, 3).equals(lower) || lower.equals("sept") && month == Month.SEPTEMBER) {
                return Optional.of(new Read(month, false));
            }
        }
        Month best = null;
        int ties = 0;
        for (Month month : Month.values()) {
            String full = full(month);
            boolean near = lower.length() <= 4 ? distance(lower, full.substring(0, 3)) <= 1 || distance(lower, full) <= 1
                    : distance(lower, full) <= (lower.length() >= 6 ? 2 : 1);
            if (near) {
                ties++;
                best = month;
            }
        }
        return ties == 1 ? Optional.of(new Read(best, true)) : Optional.empty();
    }

    private static String full(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    /** Edit distance with transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

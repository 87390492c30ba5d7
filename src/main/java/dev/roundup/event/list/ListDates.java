package dev.roundup.event.list;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date phrases of event lists: {@code 2026-09-08}, {@code 2026-09-08 - 2026-09-11}, {@code 2024-01-27-28},
 * {@code December 7, 2021}, {@code Jun 10.}, {@code Sep 30 - Oct 1}, {@code Oct 26 & 27}, {@code 6/8.},
 * {@code January 12th}. A date without a year takes the year that puts it nearest after the issue's date (a few
 * weeks of slack: a list also names the events of the days just gone).
 */
final class ListDates {

    /** What a phrase says: first and last day, where it ends in the text, and what had to be corrected. */
    record Phrase(LocalDate start, LocalDate end, int endIndex, boolean yearGiven, List<String> corrections) {
    }

    private static final int SLACK_DAYS = 21;
    private static final String DASH = "\\s*(?:-|\u2013|\u2014|to|until|through)\\s*";
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"
            + "(?:" + DASH + "(?:(\\d{4})[-/.])?(?:(\\d{1,2})[-/.])?(\\d{1,2})(?![\\d/]))?");
    private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern MONTH_DAY = Pattern.compile("^" + WEEKDAY + "([A-Za-z]{3,10})\\.?\\s*(\\d{1,2})"
            + ORDINAL + "(?!\\d)(?:(?:" + DASH + "|\\s*(?:&|and|/)\\s*)(?:([A-Za-z]{3,10})\\.?\\s*)?(\\d{1,2})" + ORDINAL
            + "(?!\\d))?(?:,?\\s*(\\d{4})(?!\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("^" + WEEKDAY + "(\\d{1,2})" + ORDINAL
            + "\\s+(?:of\\s+)?([A-Za-z]{3,10})\\.?(?:,?\\s*(\\d{4})(?!\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?(?![\\d])"
            + "(?:\\s*(?:-|\u2013|&)\\s*(?:(\\d{1,2})/)?(\\d{1,2})(?![\\d/]))?");
    private static final Pattern ANYWHERE = Pattern.compile("\\b([A-Za-z]{3,10})\\.?\\s+(\\d{1,2})(st|nd|rd|th)?\\b"
            + "(?:,?\\s*(\\d{4})\\b)?");

    private ListDates() {
    }

    /** A date phrase at the start of {@code text}. */
    static Optional<Phrase> atStart(String text, LocalDate issue) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return iso(iso, issue);
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            return numeric(numeric, issue);
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            Optional<Phrase> phrase = monthDay(monthDay, issue);
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            Optional<MonthNames.Read> month = MonthNames.read(dayMonth.group(2));
            if (month.isPresent()) {
                List<String> corrections = new ArrayList<>();
                note(month.get(), dayMonth.group(2), corrections);
                return day(month.get().month(), integer(dayMonth.group(1)), dayMonth.group(3), issue, corrections)
                        .map(start -> new Phrase(start, start, dayMonth.end(), dayMonth.group(3) != null, corrections));
            }
        }
        return Optional.empty();
    }

    /** A month-and-day phrase anywhere in {@code text} ("[Title](url), January 12th"); no misspellings here. */
    static Optional<Phrase> anywhere(String text, LocalDate issue) {
        Matcher matcher = ANYWHERE.matcher(text);
        while (matcher.find()) {
            Optional<MonthNames.Read> month = MonthNames.read(matcher.group(1));
            if (month.isPresent() && (!month.get().corrected() || matcher.group(3) != null)) {
                List<String> corrections = new ArrayList<>();
                note(month.get(), matcher.group(1), corrections);
                Optional<LocalDate> start = day(month.get().month(), integer(matcher.group(2)), matcher.group(4), issue,
                        corrections);
                if (start.isPresent()) {
                    return Optional.of(new Phrase(start.get(), start.get(), matcher.end(), matcher.group(4) != null,
                            corrections));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Phrase> iso(Matcher iso, LocalDate issue) {
        List<String> corrections = new ArrayList<>();
        Optional<LocalDate> start = date(integer(iso.group(1)), integer(iso.group(2)), integer(iso.group(3)));
        if (start.isEmpty() && integer(iso.group(2)) > 12) {
            // day and month swapped: 2026-19-08
            start = date(integer(iso.group(1)), integer(iso.group(3)), integer(iso.group(2)));
            start.ifPresent(date -> corrections.add("date " + iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3)
                    + " read as " + date));
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate written = start.get();
        LocalDate first = plausibleYear(written, issue, corrections);
        LocalDate last = first;
        if (iso.group(6) != null) {
            int year = iso.group(4) == null ? written.getYear() : integer(iso.group(4));
            int month = iso.group(5) == null ? written.getMonthValue() : integer(iso.group(5));
            last = date(year, month, integer(iso.group(6))).map(end -> end.plusYears(first.getYear() - written.getYear()))
                    .filter(end -> !end.isBefore(first) && ChronoUnit.DAYS.between(first, end) <= 60).orElse(first);
        }
        return Optional.of(new Phrase(first, last, iso.end(), true, corrections));
    }

    private static Optional<Phrase> numeric(Matcher numeric, LocalDate issue) {
        List<String> corrections = new ArrayList<>();
        int month = integer(numeric.group(1));
        String year = numeric.group(3) == null ? null
                : numeric.group(3).length() == 2 ? "20" + numeric.group(3) : numeric.group(3);
        Optional<LocalDate> start = month >= 1 && month <= 12
                ? day(Month.of(month), integer(numeric.group(2)), year, issue, corrections)
                : Optional.empty();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = start.get();
        if (numeric.group(5) != null) {
            int endMonth = numeric.group(4) == null ? start.get().getMonthValue() : integer(numeric.group(4));
            end = endOf(start.get(), endMonth, integer(numeric.group(5)));
        }
        return Optional.of(new Phrase(start.get(), end, numeric.end(), year != null, corrections));
    }

    private static Optional<Phrase> monthDay(Matcher matcher, LocalDate issue) {
        Optional<MonthNames.Read> month = MonthNames.read(matcher.group(1));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        List<String> corrections = new ArrayList<>();
        note(month.get(), matcher.group(1), corrections);
        Optional<LocalDate> start = day(month.get().month(), integer(matcher.group(2)), matcher.group(5), issue,
                corrections);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = start.get();
        if (matcher.group(4) != null) {
            Optional<MonthNames.Read> endMonth = matcher.group(3) == null ? month : MonthNames.read(matcher.group(3));
            if (endMonth.isPresent()) {
                note(endMonth.get(), matcher.group(3) == null ? matcher.group(1) : matcher.group(3), corrections);
                end = endOf(start.get(), endMonth.get().month().getValue(), integer(matcher.group(4)));
            }
        }
        return Optional.of(new Phrase(start.get(), end, matcher.end(), matcher.group(5) != null,
                corrections.stream().distinct().toList()));
    }

    /** The last day of a range: in the start's year, or the next when it would come before the start. */
    private static LocalDate endOf(LocalDate start, int month, int day) {
        Optional<LocalDate> end = date(start.getYear(), month, day);
        if (end.isPresent() && end.get().isBefore(start)) {
            end = date(start.getYear() + 1, month, day);
        }
        return end.filter(value -> ChronoUnit.DAYS.between(start, value) <= 60).orElse(start);
    }

    private static Optional<LocalDate> day(Month month, int day, String year, LocalDate issue, List<String> corrections) {
        if (year != null) {
            return date(integer(year), month.getValue(), day).map(date -> plausibleYear(date, issue, corrections));
        }
        return nearestAfter(month, day, issue);
    }

    /** The year that puts the month and day nearest after the issue's date, give or take the slack. */
    static Optional<LocalDate> nearestAfter(Month month, int day, LocalDate issue) {
        LocalDate earliest = issue.minusDays(SLACK_DAYS);
        for (int year = issue.getYear() - 1; year <= issue.getYear() + 1; year++) {
            Optional<LocalDate> candidate = date(year, month.getValue(), day);
            if (candidate.isPresent() && !candidate.get().isBefore(earliest)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /**
     * A written year that puts the event long before the issue, or most of a year after it, is a slip (last year's
     * number in a January issue): the year nearest after the issue is taken instead, and the correction noted.
     */
    private static LocalDate plausibleYear(LocalDate written, LocalDate issue, List<String> corrections) {
        long days = ChronoUnit.DAYS.between(issue, written);
        if (days >= -60 && days <= 300) {
            return written;
        }
        Optional<LocalDate> near = nearestAfter(written.getMonth(), written.getDayOfMonth(), issue)
                .filter(date -> ChronoUnit.DAYS.between(issue, date) <= 120);
        if (near.isPresent() && near.get().getYear() != written.getYear()) {
            corrections.add("year " + written.getYear() + " read as " + near.get().getYear());
            return near.get();
        }
        return written;
    }

    private static void note(MonthNames.Read month, String word, List<String> corrections) {
        if (month.corrected()) {
            corrections.add("month '" + word + "' read as " + month.month().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        }
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int integer(String digits) {
        return Integer.parseInt(digits);
    }
}

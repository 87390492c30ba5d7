package dev.roundup.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date phrases of a WIND sentence and resolves them against the post's date: explicit dates
 * without a year ("the 30th of September", "November 11"), a weekday beside a date ("Saturday, July 25"),
 * relative days ("tomorrow", "next Saturday") and vague periods ("late August or early September").
 */
final class DatePhrases {

    /** A resolved phrase; {@code approximate} for periods, whose range is a guess. */
    record DateMatch(int start, int end, LocalDate from, LocalDate to, double confidence, boolean approximate) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?";
    private static final String RANGE_SEPARATOR = "\\s*(?:-|\u2013|\u2014|to|until|and)\\s*";

    // "the 3rd of October", "3-5 October 2026", "Saturday the 30th of September"
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + WEEKDAY_PREFIX + "(?:the\\s+)?" + DAY
            + "(?:" + RANGE_SEPARATOR + "(?:the\\s+)?" + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "\\b" + YEAR,
            Pattern.CASE_INSENSITIVE);
    // "October 3", "Saturday, October 3, 2026", "October 3-5"
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + WEEKDAY_PREFIX + MONTH + "\\s+" + DAY
            + "(?:" + RANGE_SEPARATOR + DAY + ")?(?![\\d:])" + YEAR, Pattern.CASE_INSENSITIVE);
    // "tomorrow", "yesterday", "today", optionally with the weekday: "tomorrow, Monday"
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(tomorrow|yesterday|today|tonight)(?:,?\\s+"
            + WEEKDAY + "\\b)?", Pattern.CASE_INSENSITIVE);
    // "next Saturday", "this coming Saturday", "last Friday"
    private static final Pattern RELATIVE_WEEKDAY = Pattern.compile("\\b(next|this coming|coming|this|last)\\s+"
            + WEEKDAY + "\\b", Pattern.CASE_INSENSITIVE);
    // "late August", "early September", "mid-October", "the end of November", optionally "or early X"
    private static final String PART = "(early|mid|late|the end of|end of|the beginning of|beginning of|the start of"
            + "|start of)";
    private static final Pattern PERIOD = Pattern.compile("\\b" + PART + "[\\s-]+" + MONTH + "\\b(?:\\s+(?:or|to|and)\\s+"
            + PART + "[\\s-]+" + MONTH + "\\b)?", Pattern.CASE_INSENSITIVE);

    static final double EXPLICIT = 0.85;
    static final double EXPLICIT_WITH_YEAR = 0.95;
    static final double WEEKDAY_AGREES = 0.95;
    static final double WEEKDAY_DISAGREES = 0.5;
    static final double RELATIVE = 0.75;
    static final double PERIOD_CONFIDENCE = 0.3;

    private DatePhrases() {
    }

    static List<DateMatch> find(String text, LocalDate postDate) {
        List<DateMatch> explicit = new ArrayList<>();
        Matcher dayMonth = DAY_MONTH.matcher(text);
        while (dayMonth.find()) {
            explicit(dayMonth, postDate, dayMonth.group(2), dayMonth.group(3), dayMonth.group(4), dayMonth.group(5),
                    dayMonth.group(1)).ifPresent(explicit::add);
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        while (monthDay.find()) {
            if (!overlaps(explicit, monthDay.start(), monthDay.end())) {
                explicit(monthDay, postDate, monthDay.group(3), monthDay.group(4), monthDay.group(2), monthDay.group(5),
                        monthDay.group(1)).ifPresent(explicit::add);
            }
        }
        List<DateMatch> all = new ArrayList<>(explicit);
        Matcher relativeDay = RELATIVE_DAY.matcher(text);
        while (relativeDay.find()) {
            if (!overlaps(all, relativeDay.start(), relativeDay.end())) {
                all.add(relativeDay(relativeDay, postDate));
            }
        }
        Matcher relativeWeekday = RELATIVE_WEEKDAY.matcher(text);
        while (relativeWeekday.find()) {
            // "next Saturday, October 3": the explicit date right after it says it all
            if (!overlaps(all, relativeWeekday.start(), relativeWeekday.end() + 3)) {
                all.add(relativeWeekday(relativeWeekday, postDate));
            }
        }
        Matcher period = PERIOD.matcher(text);
        while (period.find()) {
            if (!overlaps(all, period.start(), period.end())) {
                period(period, postDate).ifPresent(all::add);
            }
        }
        all.sort(Comparator.comparingInt(DateMatch::start));
        return all;
    }

    private static Optional<DateMatch> explicit(Matcher match, LocalDate postDate, String dayText, String endDayText,
            String monthText, String yearText, String weekdayText) {
        Month month = month(monthText);
        int day = Integer.parseInt(dayText);
        Optional<Integer> endDay = Optional.ofNullable(endDayText).map(Integer::parseInt);
        int year = yearText != null ? Integer.parseInt(yearText) : nearestYear(postDate, month, day);
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || endDay.isPresent() && (endDay.get() <= day || endDay.get() > YearMonth.of(year, month).lengthOfMonth())) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.of(year, month, day);
        LocalDate to = endDay.map(value -> LocalDate.of(year, month, value)).orElse(from);
        double confidence = yearText != null ? EXPLICIT_WITH_YEAR : EXPLICIT;
        if (weekdayText != null) {
            // a weekday that contradicts its date: keep the date, which authors get wrong less often, but say so
            confidence = weekday(weekdayText) == from.getDayOfWeek() ? WEEKDAY_AGREES : WEEKDAY_DISAGREES;
        }
        return Optional.of(new DateMatch(match.start(), match.end(), from, to, confidence, false));
    }

    /** A date without a year lies from four months before the post to eight months after it. */
    static int nearestYear(LocalDate postDate, Month month, int day) {
        for (int year = postDate.getYear() - 1; year <= postDate.getYear() + 1; year++) {
            int safeDay = Math.min(day, YearMonth.of(year, month).lengthOfMonth());
            LocalDate candidate = LocalDate.of(year, month, safeDay);
            if (!candidate.isBefore(postDate.minusMonths(4)) && candidate.isBefore(postDate.plusMonths(8))) {
                return year;
            }
        }
        return postDate.getYear();
    }

    private static DateMatch relativeDay(Matcher match, LocalDate postDate) {
        String word = match.group(1).toLowerCase(Locale.ROOT);
        LocalDate date = switch (word) {
            case "tomorrow" -> postDate.plusDays(1);
            case "yesterday" -> postDate.minusDays(1);
            default -> postDate;
        };
        double confidence = RELATIVE;
        if (match.group(2) != null && weekday(match.group(2)) != date.getDayOfWeek()) {
            confidence = WEEKDAY_DISAGREES;
        }
        return new DateMatch(match.start(), match.end(), date, date, confidence, false);
    }

    private static DateMatch relativeWeekday(Matcher match, LocalDate postDate) {
        DayOfWeek weekday = weekday(match.group(2));
        boolean past = match.group(1).equalsIgnoreCase("last");
        LocalDate date = past ? postDate.with(TemporalAdjusters.previous(weekday))
                : postDate.with(TemporalAdjusters.next(weekday));
        return new DateMatch(match.start(), match.end(), date, date, RELATIVE - 0.05, false);
    }

    private static Optional<DateMatch> period(Matcher match, LocalDate postDate) {
        Month firstMonth = month(match.group(2));
        LocalDate first = part(match.group(1), firstMonth, postDate, true);
        LocalDate last = match.group(3) == null ? part(match.group(1), firstMonth, postDate, false)
                : part(match.group(3), month(match.group(4)), first, false);
        if (last.isBefore(first)) {
            return Optional.empty();
        }
        return Optional.of(new DateMatch(match.start(), match.end(), first, last, PERIOD_CONFIDENCE, true));
    }

    private static LocalDate part(String part, Month month, LocalDate reference, boolean start) {
        YearMonth yearMonth = YearMonth.of(nearestYear(reference, month, 1), month);
        String lower = part.toLowerCase(Locale.ROOT);
        int firstDay;
        int lastDay;
        if (lower.startsWith("early") || lower.contains("beginning") || lower.contains("start")) {
            firstDay = 1;
            lastDay = 10;
        } else if (lower.startsWith("mid")) {
            firstDay = 11;
            lastDay = 20;
        } else {
            firstDay = 21;
            lastDay = yearMonth.lengthOfMonth();
        }
        return yearMonth.atDay(start ? firstDay : lastDay);
    }

    private static boolean overlaps(List<DateMatch> matches, int start, int end) {
        return matches.stream().anyMatch(match -> match.start() < end && start < match.end());
    }

    private static Month month(String text) {
        String prefix = text.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }

    private static DayOfWeek weekday(String text) {
        return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
    }
}

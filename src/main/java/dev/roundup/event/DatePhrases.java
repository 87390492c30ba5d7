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
 * without a year ("the 30th of September", "November 11"), ranges ("September 30 - October 2"), two days of one
 * month ("the 24th and 31st of August"), a weekday beside a date ("Saturday, July 25"), relative days
 * ("tomorrow", "this coming Saturday", "next week Tuesday", "this weekend") and vague periods ("late August or
 * early September").
 */
final class DatePhrases {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?";
    // "and" joins two days ("the 24th and 31st"), every other separator a range
    private static final String SEPARATOR = "\\s*(-|\u2013|\u2014|to|until|through|and)\\s*";

    // "the 3rd of October", "3-5 October 2026", "Saturday the 30th of September", "the 24th and 31st of August"
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + WEEKDAY_PREFIX + "(?:the\\s+)?" + DAY
            + "(?:" + SEPARATOR + "(?:the\\s+)?" + DAY + ")?\\s+(?:of\\s+)?" + MONTH + "\\b" + YEAR,
            Pattern.CASE_INSENSITIVE);
    // "October 3", "Saturday, October 3, 2026", "October 3-5"
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + WEEKDAY_PREFIX + MONTH + "\\s+" + DAY
            + "(?:" + SEPARATOR + DAY + ")?(?![\\d:])" + YEAR, Pattern.CASE_INSENSITIVE);
    // "September 30 - October 2", "30 September to 2 October"
    private static final Pattern CROSS_MONTH = Pattern.compile("\\b(?:" + MONTH + "\\s+" + DAY + "|(?:the\\s+)?" + DAY
            + "\\s+(?:of\\s+)?" + MONTH + ")\\s*(?:-|\u2013|\u2014|to|until|through)\\s*(?:" + MONTH + "\\s+" + DAY
            + "|(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + ")\\b" + YEAR, Pattern.CASE_INSENSITIVE);
    // "tomorrow", "yesterday", "today", "this evening", optionally with the weekday: "tomorrow, Monday"
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(tomorrow|yesterday|today|tonight"
            + "|this (?:morning|afternoon|evening))(?:,?\\s+" + WEEKDAY + "\\b)?", Pattern.CASE_INSENSITIVE);
    // "next Saturday", "this coming Saturday", "last Friday", "next week Tuesday", "Tuesday next week"
    private static final Pattern RELATIVE_WEEKDAY = Pattern.compile("\\b(?:(next week|next|this coming|coming|this|last)"
            + "\\s+" + WEEKDAY + "|" + WEEKDAY + "\\s+(next week|this week|last week))\\b", Pattern.CASE_INSENSITIVE);
    // "this weekend", "next weekend", "last weekend": its Saturday
    private static final Pattern WEEKEND = Pattern.compile("\\b(this|next|last|the coming|this coming)\\s+weekend\\b",
            Pattern.CASE_INSENSITIVE);
    // "late August", "early September", "mid-October", "the end of November", optionally "or early X"
    private static final String PART = "(early|mid|late|the end of|end of|the beginning of|beginning of|the start of"
            + "|start of)";
    private static final Pattern PERIOD = Pattern.compile("\\b" + PART + "[\\s-]+" + MONTH + "\\b(?:\\s+(?:or|to|and)\\s+"
            + PART + "[\\s-]+" + MONTH + "\\b)?", Pattern.CASE_INSENSITIVE);
    // what is told in the past: "this Saturday I presented" is the Saturday before a Sunday post
    private static final Pattern PAST = Pattern.compile("\\b(was|were|had|did|attended|presented|spoke|went|came|took"
            + " place|held|gave|enjoyed|returned)\\b", Pattern.CASE_INSENSITIVE);

    // a post is written over a week: "on the 3rd" in a post of the 5th may still be that week's 3rd
    static final int SLACK_DAYS = 7;
    static final int FAR_AHEAD_DAYS = 300;
    static final int RECENT_DAYS = 60;
    static final double EXPLICIT = 0.85;
    static final double EXPLICIT_WITH_YEAR = 0.95;
    static final double WEEKDAY_AGREES = 0.95;
    static final double WEEKDAY_DISAGREES = 0.5;
    static final double RELATIVE = 0.75;
    static final double PERIOD_CONFIDENCE = 0.3;

    private DatePhrases() {
    }

    static List<DateMatch> find(String text, LocalDate postDate) {
        List<DateMatch> all = new ArrayList<>();
        Matcher cross = CROSS_MONTH.matcher(text);
        while (cross.find()) {
            crossMonth(cross, postDate).ifPresent(all::add);
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        while (dayMonth.find()) {
            if (!overlaps(all, dayMonth.start(), dayMonth.end())) {
                all.addAll(explicit(dayMonth, postDate, dayMonth.group(2), dayMonth.group(3), dayMonth.group(4),
                        dayMonth.group(5), dayMonth.group(6), dayMonth.group(1)));
            }
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        while (monthDay.find()) {
            if (!overlaps(all, monthDay.start(), monthDay.end())) {
                all.addAll(explicit(monthDay, postDate, monthDay.group(3), monthDay.group(4), monthDay.group(5),
                        monthDay.group(2), monthDay.group(6), monthDay.group(1)));
            }
        }
        Matcher relativeDay = RELATIVE_DAY.matcher(text);
        while (relativeDay.find()) {
            if (!overlaps(all, relativeDay.start(), relativeDay.end())) {
                all.add(relativeDay(relativeDay, postDate));
            }
        }
        boolean past = PAST.matcher(text).find();
        Matcher relativeWeekday = RELATIVE_WEEKDAY.matcher(text);
        while (relativeWeekday.find()) {
            // "next Saturday, October 3": the explicit date right after it says it all
            if (!overlaps(all, relativeWeekday.start(), relativeWeekday.end() + 3)) {
                all.add(relativeWeekday(relativeWeekday, postDate, past));
            }
        }
        Matcher weekend = WEEKEND.matcher(text);
        while (weekend.find()) {
            if (!overlaps(all, weekend.start(), weekend.end() + 3)) {
                all.add(weekend(weekend, postDate));
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

    /** A day, a range of days, or two days of one month ("the 24th and 31st"): one match each. */
    private static List<DateMatch> explicit(Matcher match, LocalDate postDate, String dayText, String separator,
            String endDayText, String monthText, String yearText, String weekdayText) {
        Month month = month(monthText);
        int day = Integer.parseInt(dayText);
        Optional<Integer> endDay = Optional.ofNullable(endDayText).map(Integer::parseInt);
        int year = yearText != null ? Integer.parseInt(yearText) : yearOf(postDate, month, day);
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length || endDay.isPresent() && (endDay.get() <= day || endDay.get() > length)) {
            return List.of();
        }
        LocalDate from = LocalDate.of(year, month, day);
        double confidence = yearText != null ? EXPLICIT_WITH_YEAR : EXPLICIT;
        boolean mismatch = false;
        if (weekdayText != null) {
            mismatch = weekday(weekdayText) != from.getDayOfWeek();
            confidence = mismatch ? WEEKDAY_DISAGREES : WEEKDAY_AGREES;
        }
        if (endDay.isPresent() && "and".equalsIgnoreCase(separator)) {
            int split = match.start() + match.group().toLowerCase(Locale.ROOT).indexOf(" and ");
            LocalDate second = LocalDate.of(year, month, endDay.get());
            return List.of(new DateMatch(match.start(), split, from, from, confidence, false, mismatch),
                    new DateMatch(split + 1, match.end(), second, second, confidence, false, false));
        }
        LocalDate to = endDay.map(value -> LocalDate.of(year, month, value)).orElse(from);
        return List.of(new DateMatch(match.start(), match.end(), from, to, confidence, false, mismatch));
    }

    private static Optional<DateMatch> crossMonth(Matcher match, LocalDate postDate) {
        String firstMonth = match.group(1) != null ? match.group(1) : match.group(4);
        String firstDay = match.group(1) != null ? match.group(2) : match.group(3);
        String lastMonth = match.group(5) != null ? match.group(5) : match.group(8);
        String lastDay = match.group(5) != null ? match.group(6) : match.group(7);
        Month start = month(firstMonth);
        Month end = month(lastMonth);
        int startDay = Integer.parseInt(firstDay);
        int endDay = Integer.parseInt(lastDay);
        int year = match.group(9) != null ? Integer.parseInt(match.group(9)) : yearOf(postDate, start, startDay);
        if (start == end || startDay > YearMonth.of(year, start).lengthOfMonth()) {
            return Optional.empty();
        }
        int endYear = end.compareTo(start) < 0 ? year + 1 : year;
        if (endDay > YearMonth.of(endYear, end).lengthOfMonth()) {
            return Optional.empty();
        }
        double confidence = match.group(9) != null ? EXPLICIT_WITH_YEAR : EXPLICIT;
        return Optional.of(new DateMatch(match.start(), match.end(), LocalDate.of(year, start, startDay),
                LocalDate.of(endYear, end, endDay), confidence, false));
    }

    /**
     * The year of a date written without one: its next occurrence from the post's week on, unless that is most of a
     * year away and the last one was weeks ago ("it took place on May 9" in a post of June).
     */
    static int yearOf(LocalDate postDate, Month month, int day) {
        for (int year = postDate.getYear() - 1; year <= postDate.getYear() + 1; year++) {
            LocalDate next = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
            if (!next.isBefore(postDate.minusDays(SLACK_DAYS))) {
                LocalDate previous = next.minusYears(1);
                boolean farAhead = next.isAfter(postDate.plusDays(FAR_AHEAD_DAYS));
                return farAhead && !previous.isBefore(postDate.minusDays(RECENT_DAYS)) ? year - 1 : year;
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
        boolean mismatch = match.group(2) != null && weekday(match.group(2)) != date.getDayOfWeek();
        return new DateMatch(match.start(), match.end(), date, date, mismatch ? WEEKDAY_DISAGREES : RELATIVE, false,
                mismatch);
    }

    private static DateMatch relativeWeekday(Matcher match, LocalDate postDate, boolean toldInThePast) {
        String when = (match.group(1) != null ? match.group(1) : match.group(4)).toLowerCase(Locale.ROOT);
        DayOfWeek weekday = weekday(match.group(2) != null ? match.group(2) : match.group(3));
        LocalDate date;
        if (when.equals("last") || when.equals("last week") || when.equals("this") && toldInThePast) {
            date = postDate.with(TemporalAdjusters.previous(weekday));
        } else if (when.equals("next week")) {
            date = postDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(weekday));
        } else if (when.equals("this week")) {
            date = postDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .with(TemporalAdjusters.nextOrSame(weekday));
        } else {
            date = postDate.with(TemporalAdjusters.next(weekday));
        }
        return new DateMatch(match.start(), match.end(), date, date, RELATIVE - 0.05, false);
    }

    /** A weekend is its Saturday; on a Sunday, "this weekend" is the day before. */
    private static DateMatch weekend(Matcher match, LocalDate postDate) {
        String when = match.group(1).toLowerCase(Locale.ROOT);
        LocalDate thisSaturday = postDate.getDayOfWeek() == DayOfWeek.SUNDAY ? postDate.minusDays(1)
                : postDate.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        LocalDate date = switch (when) {
            case "next" -> thisSaturday.plusWeeks(1);
            case "last" -> thisSaturday.minusWeeks(1);
            case "this" -> thisSaturday;
            default -> postDate.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        };
        return new DateMatch(match.start(), match.end(), date, date, RELATIVE - 0.1, false);
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
        String lower = part.toLowerCase(Locale.ROOT);
        // the year of the period's last days: "late March" in a post of March 20 is this March
        int periodEnd = lower.startsWith("early") || lower.contains("beginning") || lower.contains("start") ? 10
                : lower.startsWith("mid") ? 20 : 28;
        YearMonth yearMonth = YearMonth.of(yearOf(reference, month, periodEnd), month);
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

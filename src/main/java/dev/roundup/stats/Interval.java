package dev.roundup.stats;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.roundup.common.error.InvalidParameterException;
import dev.roundup.common.paging.Parameters;

/** The period a statistic counts by; periods are named like {@code 2026-08} (month) or {@code 2026} (year). */
public enum Interval {
    MONTH("YYYY-MM"), YEAR("YYYY");

    /** The PostgreSQL {@code to_char} pattern that names a period. */
    final String pattern;

    Interval(String pattern) {
        this.pattern = pattern;
    }

    public static Interval parse(String value) {
        if (value == null || value.isBlank()) {
            return MONTH;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "month" -> MONTH;
            case "year" -> YEAR;
            default -> throw new InvalidParameterException("interval", "interval must be 'month' or 'year', got '"
                    + Parameters.abbreviate(value) + "'");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every period from the first to the last, both included, in order. */
    List<String> periods(String first, String last) {
        List<String> periods = new ArrayList<>();
        if (this == MONTH) {
            for (YearMonth month = YearMonth.parse(first); !month.isAfter(YearMonth.parse(last)); month = month.plusMonths(1)) {
                periods.add(month.toString());
            }
        } else {
            for (Year year = Year.parse(first); !year.isAfter(Year.parse(last)); year = year.plusYears(1)) {
                periods.add(year.toString());
            }
        }
        return periods;
    }
}

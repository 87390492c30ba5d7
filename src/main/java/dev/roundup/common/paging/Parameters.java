package dev.roundup.common.paging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import dev.roundup.common.error.InvalidParameterException;

/** Parsing of query parameters that arrive as text, each failure a 400 naming the parameter. */
public final class Parameters {

    private Parameters() {
    }

    public static int intIn(String name, String value, int defaultValue, int min, int max) {
        Integer parsed = integer(name, value, min, max);
        return parsed == null ? defaultValue : parsed;
    }

    /** A whole number from {@code min} to {@code max}; null when absent or blank. */
    public static Integer integer(String name, String value, long min, long max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number from " + min + " to " + max
                    + ", got '" + abbreviate(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidParameterException(name, name + " must be from " + min + " to " + max + ", got " + parsed);
        }
        return parsed;
    }

    /** A date ({@code 2026-06-01}) or a date-time with offset; a date means its first instant in UTC. */
    public static Optional<OffsetDateTime> instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            LocalDate date = LocalDate.parse(text);
            return Optional.of((endOfDay ? date.plusDays(1) : date).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                throw new InvalidParameterException(name, name + " must be a date (2026-06-01) or a date-time with"
                        + " offset (2026-06-01T10:00:00+02:00), got '" + abbreviate(value) + "'");
            }
        }
    }

    /** {@code true} or {@code false}, any case; absent is false. */
    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        throw new InvalidParameterException(name, name + " must be true or false, got '" + abbreviate(value) + "'");
    }

    public static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}

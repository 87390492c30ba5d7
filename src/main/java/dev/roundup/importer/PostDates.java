package dev.roundup.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Reads a post's date in the forms static site generators accept: ISO 8601 with or without an offset, with a
 * space or a 'T', with or without seconds, a date alone, RFC 1123, and English month names. A date without an
 * offset is a wall-clock time in the site's zone (roundup.site.zone), a date alone the start of that day there.
 */
final class PostDates {

    private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            pattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][ ]XXX"),
            pattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][ ]XX"),
            pattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][ ]X"),
            DateTimeFormatter.RFC_1123_DATE_TIME);
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            pattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]"),
            pattern("uuuu/MM/dd HH:mm[:ss]"));
    private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, pattern("uuuu/MM/dd"), pattern("uuuu.MM.dd"),
            pattern("MMMM d[,] uuuu"), pattern("MMM d[,] uuuu"), pattern("d MMMM[,] uuuu"), pattern("d MMM[,] uuuu"));

    private PostDates() {
    }

    static OffsetDateTime parse(String written, ZoneId zone, int line) throws ContentException {
        String value = written.strip();
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.ISO_ZONED_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException notZoned) {
            // the common forms follow
        }
        for (DateTimeFormatter format : WITH_OFFSET) {
            TemporalAccessor parsed = tryParse(format, value);
            if (parsed != null) {
                return OffsetDateTime.from(parsed);
            }
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            TemporalAccessor parsed = tryParse(format, value);
            if (parsed != null) {
                return LocalDateTime.from(parsed).atZone(zone).toOffsetDateTime();
            }
        }
        for (DateTimeFormatter format : LOCAL_DATES) {
            TemporalAccessor parsed = tryParse(format, value);
            if (parsed != null) {
                return LocalDate.from(parsed).atStartOfDay(zone).toOffsetDateTime();
            }
        }
        throw new ContentException(line, "the date '" + written + "' is not a date this importer can read"
                + " (ISO 8601, e.g. 2026-08-19 or 2026-08-19T10:30:00+02:00)");
    }

    private static TemporalAccessor tryParse(DateTimeFormatter format, String value) {
        try {
            return format.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }
}

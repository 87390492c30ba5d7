package dev.roundup.event;

import java.time.LocalDate;

/**
 * A date phrase of a sentence, resolved against the post's date; {@code approximate} for periods, whose range is a guess; {@code weekdayMismatch} when the
 * phrase names a weekday its date does not fall on (the date is kept: authors get weekdays wrong more often).
 */
record DateMatch(int start, int end, LocalDate from, LocalDate to, double confidence, boolean approximate,
        boolean weekdayMismatch) {

    DateMatch(int start, int end, LocalDate from, LocalDate to, double confidence, boolean approximate) {
        this(start, end, from, to, confidence, approximate, false);
    }

    DateMatch shifted(int offset) {
        return new DateMatch(start + offset, end + offset, from, to, confidence, approximate, weekdayMismatch);
    }
}

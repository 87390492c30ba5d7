package dev.roundup.importer;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a roundup's issue number is found besides its metadata: at the end of its title. */
public record IssueNumbers(Optional<Pattern> inTitle) {

    /** "This Week in Rust 665", "Issue #42": a number at the end, after a word, not after a comma or another number. */
    public static final Pattern TRAILING_NUMBER = Pattern.compile("(?:^|[^,\\d\\s])\\s+(?:#|No\\.?\\s*)?(\\d{1,6})\\s*$");
    public static final IssueNumbers DEFAULT = new IssueNumbers(Optional.of(TRAILING_NUMBER));

    public static IssueNumbers of(RoundupsConfig config) {
        if (!config.numberFromTitle()) {
            return new IssueNumbers(Optional.empty());
        }
        return new IssueNumbers(Optional.of(config.numberInTitle().filter(regex -> !regex.isBlank()).map(Pattern::compile)
                .orElse(TRAILING_NUMBER)));
    }

    /** The number a title ends with, unless it is the post's year ("Best of 2023"). */
    Optional<Integer> inTitle(String title, OffsetDateTime date) {
        if (inTitle.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = inTitle.get().matcher(title);
        if (!matcher.find() || matcher.groupCount() < 1 || matcher.group(1) == null) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(matcher.group(1).strip());
            boolean itsYear = number >= 1900 && number <= 2100 && Math.abs(number - date.getYear()) <= 1;
            return itsYear ? Optional.empty() : Optional.of(number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

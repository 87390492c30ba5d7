package dev.roundup.importer;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.roundup.section.SectionKind;
import dev.roundup.section.SectionKindRules;

/**
 * A site's reading of its content: the zone of dates written without an offset, which posts are roundups,
 * which headings make special sections, and where issue numbers come from.
 */
public record ImportRules(ZoneId zone, RoundupRule roundups, SectionKindRules kinds, IssueNumbers numbers) {

    /** The shipped defaults: UTC, category roundup or a numbered issue, "Upcoming Events" sections. */
    public static ImportRules defaults() {
        return new ImportRules(ZoneOffset.UTC, RoundupRule.DEFAULT,
                new SectionKindRules(Map.of(SectionKind.EVENTS, List.of("upcoming-events", "upcoming-events-*"))),
                IssueNumbers.DEFAULT);
    }

    public ImportRules withKinds(SectionKindRules rules) {
        return new ImportRules(zone, roundups, rules, numbers);
    }

    public ImportRules withZone(ZoneId siteZone) {
        return new ImportRules(siteZone, roundups, kinds, numbers);
    }

    public ImportRules withRoundups(RoundupRule rule) {
        return new ImportRules(zone, rule, kinds, numbers);
    }
}

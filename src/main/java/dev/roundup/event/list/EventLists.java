package dev.roundup.event.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events of a newsletter issue's events lists ("Upcoming Events" and the region lists under it), each line
 * one event, numbered through the issue; and the warnings for the import report: lines without a date, misspelt
 * months, slipped years.
 */
public final class EventLists {

    /** The markdown of one events section (its sub-sections included) and the file line it starts on. */
    public record Section(String markdown, int firstLine) {
    }

    /** The events read, in list order, and what the report should say. */
    public record Reading(List<ListedEvent> events, List<String> warnings) {
        public static final Reading NONE = new Reading(List.of(), List.of());
    }

    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*<?([^\\s>]+)>?.*$",
            Pattern.MULTILINE);

    private EventLists() {
    }

    public static Reading read(List<Section> sections, String bodyMarkdown, LocalDate issue) {
        if (sections.isEmpty()) {
            return Reading.NONE;
        }
        ListLineParser parser = new ListLineParser(issue, references(bodyMarkdown));
        List<ListedEvent> events = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int position = 0;
        for (Section section : sections) {
            for (ListLine line : EventListReader.read(section.markdown())) {
                ListLineParser.Outcome outcome = parser.parse(line, ++position);
                outcome.event().ifPresent(events::add);
                int fileLine = section.firstLine() + line.line() - 1;
                outcome.warnings().forEach(warning -> warnings.add("line " + fileLine + ": " + warning));
            }
        }
        return new Reading(List.copyOf(events), List.copyOf(warnings));
    }

    /** The ISO 3166-1 code of a country as written: a code ("UK" is GB) or an English name. */
    public static Optional<String> countryCode(String country) {
        return Optional.ofNullable(Places.countryCode(country));
    }

    /** Reference definitions of the whole post; of two with the same label the first wins, as in CommonMark. */
    static Map<String, String> references(String markdown) {
        Map<String, String> references = new HashMap<>();
        Matcher matcher = DEFINITION.matcher(markdown);
        while (matcher.find()) {
            references.putIfAbsent(MarkdownLinks.normalizeLabel(matcher.group(1)), matcher.group(2));
        }
        return references;
    }
}

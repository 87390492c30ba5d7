package dev.roundup.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.roundup.event.list.EventLists;
import dev.roundup.section.SectionKind;

/** The events sections of a post that the events lists are read from. */
final class EventsSections {

    private EventsSections() {
    }

    /** Those not inside another one (their markdown holds their region sub-sections), with their first file line. */
    static List<EventLists.Section> of(List<ParsedSection> sections, SourceDocument document) {
        Map<Integer, SectionKind> kinds = new HashMap<>();
        sections.forEach(section -> kinds.put(section.position(), section.kind()));
        List<EventLists.Section> found = new ArrayList<>();
        for (ParsedSection section : sections) {
            if (section.kind() == SectionKind.EVENTS && kinds.get(section.parentPosition()) != SectionKind.EVENTS) {
                int offset = document.body().indexOf(section.markdown());
                int line = document.bodyLine() + (offset < 0 ? 0
                        : (int) document.body().substring(0, offset).chars().filter(c -> c == '\n').count());
                found.add(new EventLists.Section(section.markdown(), line));
            }
        }
        return found;
    }
}

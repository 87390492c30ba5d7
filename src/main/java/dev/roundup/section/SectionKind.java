package dev.roundup.section;

import java.util.Locale;

/** What a section of a roundup holds. */
public enum SectionKind {
    /** Curated link items with commentary. */
    LINKS,
    /** "WIND (What Is ... Doing)": the author's own events, in prose. */
    WIND,
    /** "~ Finally": the closing words. */
    FINALLY,
    /** "Upcoming Events": a calendar of other people's events, read by the events feature, never link items. */
    EVENTS,
    /** Anything else: prose, embeds, a podcast without links. */
    OTHER;

    /** Whether an editor may add link items to a section of this kind: not to WIND prose, Finally nor events. */
    public boolean takesLinkItems() {
        return this == LINKS || this == OTHER;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SectionKind fromDbValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

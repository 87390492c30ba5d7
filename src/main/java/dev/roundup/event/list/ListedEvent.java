package dev.roundup.event.list;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An event as one line of a newsletter's events list gives it.
 *
 * @param position the line's place in the list, from 1
 * @param line the line as written, its nested lines included
 * @param url the event's page: the one talk's link, else the line's own event link, else the group's
 * @param mode virtual, hybrid or in-person; null when the line does not say
 * @param region the state or province as written ("WA"); regionCode its ISO 3166-2 code ("US-WA")
 * @param country the country as written ("UK"); countryCode its ISO 3166-1 code ("GB")
 * @param regionHeading the heading of the sub-list the line sits under ("North America")
 * @param confidence how sure the reading is of each field, 0 to 1
 */
public record ListedEvent(
        int position,
        String line,
        String name,
        String url,
        LocalDate startsOn,
        LocalDate endsOn,
        String mode,
        String city,
        String region,
        String regionCode,
        String country,
        String countryCode,
        String regionHeading,
        String groupName,
        String groupUrl,
        List<Talk> talks,
        Map<String, Double> confidence) {

    /** A talk or session a nested line names. */
    public record Talk(String title, String url) {
    }
}

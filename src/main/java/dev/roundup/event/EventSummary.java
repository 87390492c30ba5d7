package dev.roundup.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event in a list. */
@Schema(name = "EventSummary")
public record EventSummary(
        @Schema(example = "data-saturday-lisbon-2026") String slug,
        @Schema(example = "Data Saturday Lisbon") String name,
        @Schema(description = "First day; absent when no post dates the event", example = "2026-10-03") LocalDate startsOn,
        @Schema(description = "Last day (the first for a one-day event)", example = "2026-10-03") LocalDate endsOn,
        @Schema(description = "True when the dates are a guess from a phrase like 'late October'") boolean approximate,
        @Schema(description = "Start time, when known") OffsetDateTime startsAt,
        @Schema(description = "End time, when known") OffsetDateTime endsAt,
        @Schema(description = "IANA time zone of the times", example = "Europe/Lisbon") String zone,
        String venue,
        @Schema(example = "Lisbon") String city,
        String country,
        @Schema(description = "The event's page", example = "https://datasaturdays.example.org/2026-10-03-lisbon/") String url,
        String description,
        @Schema(description = "What the author does there", enumeration = {
                "speaker", "organiser", "attendee" }) String role,
        @Schema(description = "moved: the posts say it moved to a new date",
                enumeration = { "scheduled", "cancelled", "moved" }) String status,
        @Schema(description = "The author's talks there") List<ExtractedEvent.Talk> talks,
        @Schema(description = "How sure the extraction is of each field, 0 to 1 (name, url, start, role, city, status)",
                example = "{\"name\": 0.8, \"url\": 0.9, \"start\": 0.95, \"role\": 0.7}") Map<String, Double> confidence,
        @Schema(description = "Corrected by an editor: a re-import leaves it alone") boolean edited,
        @Schema(description = "Published posts that mention the event", example = "6") int mentionCount,
        @Schema(description = "How to take part, when an events list says", enumeration = { "virtual", "hybrid",
                "in-person" }) String mode,
        @Schema(description = "State or province as written", example = "WA") String region,
        @Schema(description = "ISO 3166-2 code of the region, when the country is known", example = "US-WA") String regionCode,
        @Schema(description = "ISO 3166-1 code of the country ('UK' is GB)", example = "US") String countryCode,
        @Schema(description = "The heading of the events list's region the event is listed under",
                example = "North America") String regionHeading,
        @Schema(description = "The group that runs the event, from an events list") EventGroup group){
}

package dev.roundup.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.post.PostRef;

/** One event with the published posts that mention it. */
@Schema(name = "Event")
public record EventView(
        String slug,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean approximate,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String zone,
        String venue,
        String city,
        String country,
        String url,
        String description,
        @Schema(enumeration = {
                "speaker", "organiser", "attendee" }) String role,
        @Schema(description = "moved: the posts say it moved to a new date",
                enumeration = { "scheduled", "cancelled", "moved" }) String status,
        List<ExtractedEvent.Talk> talks,
        @Schema(description = "How sure the extraction is of each field, 0 to 1") Map<String, Double> confidence,
        boolean edited,
        @Schema(description = "The published posts that mention the event, oldest first") List<Mention> mentions,
        @Schema(enumeration = { "virtual", "hybrid", "in-person" }) String mode,
        String region,
        String regionCode,
        String countryCode,
        String regionHeading,
        EventGroup group){

    /** A post that mentions the event, and what it says. */
    @Schema(name = "EventMention")
    public record Mention(PostRef post,
            @Schema(description = "The sentence of the post's WIND section that names the event, or the line of its"
                    + " events list") String passage,
            @Schema(description = "The line's place in the post's events list, from 1; absent for prose",
                    example = "12") Integer position,
            @Schema(description = "The first day this post gives; absent when it gives none") LocalDate startsOn,
            @Schema(description = "What a reader should check: weekday-mismatch (the weekday the post gives is not"
                    + " the date's), undated (the post names the event without a date)", example = "[]") List<String> flags) {
    }

    static EventView of(EventSummary event, List<Mention> mentions) {
        return new EventView(event.slug(), event.name(), event.startsOn(), event.endsOn(), event.approximate(),
                event.startsAt(), event.endsAt(), event.zone(), event.venue(), event.city(), event.country(),
                event.url(), event.description(), event.role(), event.status(), event.talks(), event.confidence(),
                event.edited(), mentions, event.mode(), event.region(), event.regionCode(), event.countryCode(),
                event.regionHeading(), event.group());
    }
}

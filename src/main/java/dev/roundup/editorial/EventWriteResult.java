package dev.roundup.editorial;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.event.ExtractedEvent;

/** An event as an editorial write stored it. */
@Schema(name = "EventWriteResult", description = "The event as stored by a write")
public record EventWriteResult(
        @Schema(example = "data-saturday-lisbon-2026") String slug,
        @Schema(example = "Data Saturday Lisbon") String name,
        @Schema(example = "2026-10-03") LocalDate startsOn,
        @Schema(example = "2026-10-03") LocalDate endsOn,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(example = "Europe/Lisbon") String zone,
        String venue,
        @Schema(example = "Lisbon") String city,
        String country,
        String url,
        String description,
        @Schema(enumeration = {
                "speaker", "organiser", "attendee" }) String role,
        @Schema(enumeration = { "scheduled", "cancelled" }) String status,
        List<ExtractedEvent.Talk> talks,
        @Schema(description = "Always true after an editorial write: a re-import keeps these fields") boolean edited,
        @Schema(description = "The version, also the ETag; send it back in If-Match to change the event",
                example = "2") long version,
        @Schema(description = "Where the event is read", example = "/api/v1/events/data-saturday-lisbon-2026") String location){

    static EventWriteResult of(String slug, EventFields fields, long version) {
        return new EventWriteResult(slug, fields.name(), fields.startsOn(), fields.endsOn(), fields.startsAt(),
                fields.endsAt(), fields.zone(), fields.venue(), fields.city(), fields.country(), fields.url(),
                fields.description(), fields.role(), fields.status(), fields.talks(), true, version,
                EditorialEventResource.PATH + "/" + slug);
    }
}

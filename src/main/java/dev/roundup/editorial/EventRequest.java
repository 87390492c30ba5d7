package dev.roundup.editorial;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as an editor writes it; dates and times are checked together by {@link EventFields}. */
@Schema(name = "EventRequest", description = "An event as an editor writes it")
public record EventRequest(
        @Schema(description = "The slug; by default from the name and the start year, e.g. data-saturday-lisbon-2026",
                example = "data-saturday-lisbon-2026") @Pattern(regexp = SlugRule.PATTERN, message = SlugRule.RULE) String slug,
        @Schema(description = "The event's name", example = "Data Saturday Lisbon", required = true) @NotBlank(
                message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String name,
        @Schema(description = "First day, ISO 8601; by default the day of startsAt in zone",
                example = "2026-10-03") String startsOn,
        @Schema(description = "Last day, not before startsOn; by default the day of endsAt",
                example = "2026-10-03") String endsOn,
        @Schema(description = "Start time with offset", example = "2026-10-03T09:00:00+01:00") String startsAt,
        @Schema(description = "End time with offset, not before startsAt", example = "2026-10-03T18:00:00+01:00") String endsAt,
        @Schema(description = "IANA time zone of the times; required with startsAt or endsAt",
                example = "Europe/Lisbon") String zone,
        @Schema(description = "Venue", example = "Lisbon Congress Centre") @Size(max = 300,
                message = "must be at most 300 characters") String venue,
        @Schema(description = "City", example = "Lisbon") @Size(max = 200,
                message = "must be at most 200 characters") String city,
        @Schema(description = "Country", example = "Portugal") @Size(max = 200,
                message = "must be at most 200 characters") String country,
        @Schema(description = "The event's page, http or https",
                example = "https://datasaturdays.example.org/2026-10-03-lisbon/") @Size(max = 2000,
                        message = "must be at most 2000 characters") @Pattern(regexp = "https?://[^\\s]+",
                                message = "must be an http or https URL") String url,
        @Schema(description = "Description, plain text",
                example = "A free community day on the Microsoft data platform.") @Size(max = 10_000,
                        message = "must be at most 10,000 characters") String description,
        @Schema(description = "What the author does there", enumeration = {
                "speaker", "organiser", "attendee" }) @Pattern(regexp = "speaker|organiser|attendee",
                        message = "must be speaker, organiser or attendee") String role,
        @Schema(description = "scheduled (default) or cancelled", enumeration = { "scheduled", "cancelled" }) @Pattern(
                regexp = "scheduled|cancelled", message = "must be scheduled or cancelled") String status,
        @Schema(description = "The author's talks there") @Size(max = 50,
                message = "must hold at most 50 talks") List<@Valid TalkRequest> talks){

    /** A talk the author gives at the event. */
    @Schema(name = "TalkRequest")
    public record TalkRequest(
            @Schema(example = "Offsets Are Promises", required = true) @NotBlank(message = "must not be blank") @Size(max = 300,
                    message = "must be at most 300 characters") String title,
            @Schema(example = "What a consumer offset commits you to.") @Size(max = 5000,
                    message = "must be at most 5000 characters") String summary) {
    }
}

package dev.roundup.domain;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A linked domain and how often, and when, the roundups featured it. */
@Schema(name = "DomainSummary")
public record DomainSummary(
        @Schema(description = "The host without www.", example = "streams.example.org") String name,
        @Schema(description = "Curated link items to it", example = "7") long linkCount,
        @Schema(description = "Posts that link to it", example = "5") long postCount,
        @Schema(description = "Date of the first post that linked to it, in UTC",
                example = "2026-08-09T08:12:44Z") OffsetDateTime firstSeen,
        @Schema(description = "Date of the latest post that linked to it, in UTC",
                example = "2026-11-15T16:02:40Z") OffsetDateTime lastSeen) {
}

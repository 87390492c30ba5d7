package dev.roundup.event;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event named from elsewhere: a post's detail lists the events it mentions. */
@Schema(name = "EventRef")
public record EventRef(
        @Schema(example = "stream-summit-berlin-2026") String slug,
        @Schema(example = "Stream Summit Berlin") String name,
        @Schema(example = "2026-11-28") LocalDate startsOn,
        @Schema(example = "https://streamsummit.example.de/berlin-2026/") String url) {
}

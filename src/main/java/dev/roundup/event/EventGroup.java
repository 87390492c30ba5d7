package dev.roundup.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The group that runs an event, as a newsletter's events list names it. */
@Schema(name = "EventGroup")
public record EventGroup(
        @Schema(example = "Rust Lisbon") String name,
        @Schema(description = "The group's page", example = "https://meetup.example.org/rust-lisbon") String url) {

    static EventGroup of(String name, String url) {
        return name == null && url == null ? null : new EventGroup(name, url);
    }
}

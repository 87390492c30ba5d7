package dev.roundup.stats;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.roundup.tag.TagRef;

/** The shapes of the statistics: one series per domain or tag, one point per period. */
public final class Stats {

    private Stats() {
    }

    @Schema(name = "StatsPoint")
    public record Point(
            @Schema(description = "2026-08 for a month, 2026 for a year (in the author's time zone)",
                    example = "2026-08") String period,
            @Schema(example = "4") long count) {
    }

    @Schema(name = "DomainStats", description = "Curated link items per domain and period")
    public record DomainStats(
            @Schema(enumeration = {
                    "month", "year" }, example = "month") String interval,
            @Schema(description = "Busiest domain first; every series has the same periods, zeros included") List<DomainSeries> series){
    }

    @Schema(name = "DomainSeries")
    public record DomainSeries(
            @Schema(example = "streams.example.org") String domain,
            @Schema(description = "Link items in all the periods", example = "9") long total,
            List<Point> points) {
    }

    @Schema(name = "TagStats", description = "Published posts per tag and period")
    public record TagStats(
            @Schema(enumeration = {
                    "month", "year" }, example = "month") String interval,
            @Schema(description = "Most used tag first; every series has the same periods, zeros included") List<TagSeries> series){
    }

    @Schema(name = "TagSeries")
    public record TagSeries(
            TagRef tag,
            @Schema(description = "Posts in all the periods", example = "9") long total,
            List<Point> points) {
    }
}

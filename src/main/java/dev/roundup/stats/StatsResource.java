package dev.roundup.stats;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.roundup.common.paging.Parameters;
import dev.roundup.post.PostFilter;

@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stats", description = "Counts over time, for charts")
public class StatsResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    @Inject
    StatsService stats;

    @GET
    @Path("/domains")
    @Operation(summary = "Link items per domain over time", description = "Curated link items of published posts"
            + " (WIND and Finally not counted) per domain and month or year, for the busiest domains in the range."
            + " Answers {interval, series: [{domain, total, points: [{period, count}]}]}, busiest domain first; each"
            + " series has every period from the first to the last one with a link, zeros included.")
    @APIResponse(responseCode = "200", description = "One series per domain",
            content = @Content(schema = @Schema(implementation = Stats.DomainStats.class)))
    public Stats.DomainStats domains(
            @Parameter(description = "month (default) or year",
                    schema = @Schema(enumeration = { "month", "year" })) @RestQuery String interval,
            @Parameter(description = "Only this domain, e.g. infoq.com; repeat for several") @RestQuery List<String> domain,
            @Parameter(description = "Posts from this date or date-time (inclusive)",
                    example = "2026-06-01") @RestQuery String from,
            @Parameter(description = "Posts up to this date (inclusive) or date-time (exclusive)",
                    example = "2026-12-31") @RestQuery String to,
            @Parameter(description = "How many domains, 1 to 50 (default 10)", example = "10") @RestQuery String limit) {
        List<String> domains = domain == null ? List.of()
                : domain.stream().filter(value -> value != null && !value.isBlank()).toList();
        return stats.domains(Interval.parse(interval), domains, Parameters.instant("from", from, false),
                Parameters.instant("to", to, true), Parameters.intIn("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    @GET
    @Path("/tags")
    @Operation(summary = "Posts per tag over time", description = "Published posts per tag and month or year, for"
            + " the most used tags in the range. Answers {interval, series: [{tag: {name, slug}, total, points:"
            + " [{period, count}]}]}, most used tag first; each series has every period from the first to the last"
            + " one with a post, zeros included.")
    @APIResponse(responseCode = "200", description = "One series per tag",
            content = @Content(schema = @Schema(implementation = Stats.TagStats.class)))
    public Stats.TagStats tags(
            @Parameter(description = "month (default) or year",
                    schema = @Schema(enumeration = { "month", "year" })) @RestQuery String interval,
            @Parameter(
                    description = "Only this tag (slug or name), e.g. kafka; repeat for several") @RestQuery List<String> tag,
            @Parameter(description = "Posts from this date or date-time (inclusive)",
                    example = "2026-06-01") @RestQuery String from,
            @Parameter(description = "Posts up to this date (inclusive) or date-time (exclusive)",
                    example = "2026-12-31") @RestQuery String to,
            @Parameter(description = "How many tags, 1 to 50 (default 10)", example = "10") @RestQuery String limit) {
        return stats.tags(Interval.parse(interval), PostFilter.tagSlugs(tag), Parameters.instant("from", from, false),
                Parameters.instant("to", to, true), Parameters.intIn("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
}

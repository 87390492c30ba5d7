package dev.roundup.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.roundup.common.RoundupConfig;
import dev.roundup.common.security.EditorialApi;

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site", description = "The blog itself: its name, its range and its feeds")
public class SiteResource {

    @Inject
    RoundupConfig config;

    @Inject
    SiteQueries queries;

    @Inject
    EditorialApi editorialApi;

    @GET
    @Operation(summary = "The blog", description = "Its title and description (ROUNDUP_SITE_TITLE,"
            + " ROUNDUP_SITE_DESCRIPTION), its public address, how many posts are published and over which dates,"
            + " the feeds to advertise, and whether this service takes writes.")
    @APIResponse(responseCode = "406", description = "The Accept header excludes application/json")
    public SiteInfo get() {
        RoundupConfig.Site site = config.site();
        SiteQueries.Posts posts = queries.posts();
        return new SiteInfo(site.title(), site.description(), site.baseUrl(), site.zone().getId(), posts.count(),
                posts.first(), posts.last(), SiteInfo.Feeds.ALL_POSTS, editorialApi.enabled());
    }
}

package dev.roundup.common.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.roundup.common.RoundupConfig;

/**
 * HTTP caching for every successful GET (and HEAD): a strong {@code ETag} (a hash of the exact bytes sent), 304 on a
 * matching {@code If-None-Match}, and {@code Cache-Control} from configuration. The body is serialised here (once
 * per cached body object, see {@link RenderedBodies}), so the hash is of what goes out. Responses that set their own
 * validators or Cache-Control (feeds) keep them, and answers to authenticated requests are never stored by shared
 * caches. Public answers of the hottest reads are also handed to {@link ResponseCache}.
 */
public class HttpCaching {

    /**
     * Set by a resource whose representation has a version (a post): the filter takes it out and makes it
     * the start of the ETag, {@code "3-<hash>"}, so the tag still changes with every byte sent.
     */
    public static final String VERSION_HEADER = "X-Roundup-Entity-Version";

    private static final String GENERATION = "roundup.response-cache.generation";

    @Inject
    RenderedBodies renderedBodies;

    @Inject
    ResponseCache responseCache;

    // Looked up per request: REST filters are created at static init, before runtime configuration exists.
    @Inject
    Instance<RoundupConfig> config;

    /** Notes when a request began, for the response cache: an answer computed across a change is not kept. */
    @ServerRequestFilter
    public void begin(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod())) {
            request.setProperty(GENERATION, responseCache.generation());
        }
    }

    @ServerResponseFilter
    public void validate(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        Object version = response.getHeaders().getFirst(VERSION_HEADER);
        response.getHeaders().remove(VERSION_HEADER);
        int status = response.getStatus();
        // HEAD answers the headers GET would, ETag included: clients read versions with it before a write
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || (status != 200 && status != 304)) {
            return;
        }
        response.getHeaders().add(HttpHeaders.VARY, "Accept-Encoding");
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        } else if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, publicCacheControl());
        }
        if (status != 200 || !response.hasEntity() || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        RenderedBodies.Rendered body = rendered(response.getEntity());
        // A versioned resource's tag leads with its version, which writes send back in If-Match
        String hash = body.hash();
        EntityTag tag = new EntityTag(version == null ? hash : version + "-" + hash);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        keep(request, response, body);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        } else {
            response.setEntity(body.bytes(), null, response.getMediaType());
        }
    }

    private void keep(ContainerRequestContext request, ContainerResponseContext response, RenderedBodies.Rendered body) {
        Object generation = request.getProperty(GENERATION);
        String key = ResponseCache.keyOf(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), request::getHeaderString);
        if (key == null || generation == null) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        // Not negotiated yet at this point; the kept reads all answer JSON.
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8").toString()));
        response.getHeaders().forEach((name, values) -> values.forEach(value -> headers.add(Map.entry(name,
                value instanceof EntityTag tag ? "\"" + tag.getValue() + "\"" : String.valueOf(value)))));
        responseCache.store(key, (Long) generation, body.bytes(), List.copyOf(headers),
                ((EntityTag) response.getHeaders().getFirst(HttpHeaders.ETAG)).getValue());
    }

    private String publicCacheControl() {
        RoundupConfig.Http.Cache cache = config.get().http().cache();
        return "public, max-age=" + cache.maxAge().toSeconds() + ", stale-while-revalidate="
                + cache.staleWhileRevalidate().toSeconds();
    }

    private RenderedBodies.Rendered rendered(Object entity) throws JsonProcessingException {
        if (entity instanceof byte[] raw) {
            return new RenderedBodies.Rendered(raw, ContentHash.of(raw));
        }
        if (entity instanceof String text) {
            byte[] raw = text.getBytes(StandardCharsets.UTF_8);
            return new RenderedBodies.Rendered(raw, ContentHash.of(raw));
        }
        return renderedBodies.of(entity);
    }

    static boolean matches(String ifNoneMatch, EntityTag tag) {
        return matches(ifNoneMatch, tag.getValue());
    }

    static boolean matches(String ifNoneMatch, String tagValue) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + tagValue + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            // A weak comparison, as RFC 9110 prescribes for If-None-Match.
            if (value.equals("*") || value.equals(quoted) || value.equals("W/" + quoted)) {
                return true;
            }
        }
        return false;
    }
}

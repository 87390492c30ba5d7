package dev.roundup.common.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import dev.roundup.common.RoundupConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Whole public answers of the hottest reads (the post list, a post, the tag and section lists, searches), kept as
 * the bytes and headers sent, and served again before the REST layer: what a reverse proxy's micro-cache would do,
 * inside the service. An entry lives no longer than the {@code max-age} every client and shared cache is already
 * told (a search's for less), and a content change forgets what it makes stale at once, as the application caches
 * do (see change.CacheInvalidation).
 * Requests with credentials are never answered from it.
 */
@ApplicationScoped
public class ResponseCache {

    /**
     * A stored answer; {@code postSlug} is set for a post's own page, which only a change to that post makes stale.
     * It is kept for {@code keptForNanos}.
     */
    public record Stored(byte[] body, List<Map.Entry<String, String>> headers, String etag, String postSlug,
            long storedAtNanos, long keptForNanos) {
    }

    /** Marks an answer served from here, as CDNs do. */
    public static final String HIT_HEADER = "X-Cache";
    private static final Pattern POST_PAGE = Pattern.compile("/api/v1/posts/([A-Za-z0-9][A-Za-z0-9_~%-]*)");
    private static final List<String> LISTS = List.of("/api/v1/posts", "/api/v1/tags", "/api/v1/sections");
    private static final String SEARCH = "/api/v1/search";

    // Bumped by every change: an answer computed before a change is not stored after it.
    private final AtomicLong generation = new AtomicLong();
    private volatile Cache<String, Stored> entries;

    @Inject
    RoundupConfig config;

    private final Counter hits;
    private final Counter misses;

    @Inject
    public ResponseCache(MeterRegistry registry) {
        hits = registry.counter("roundup.response.cache", "result", "hit");
        misses = registry.counter("roundup.response.cache", "result", "miss");
    }

    /**
     * The key of a request whose answer may be stored, or null; {@code header} reads the request's headers. The host
     * names are part of it: the Link header of a list holds absolute URLs made from them, so one host's answer must
     * never go to another.
     */
    public static String keyOf(String method, String path, String query, UnaryOperator<String> header) {
        if (!"GET".equals(method) || header.apply("Authorization") != null
                || !(LISTS.contains(path) || SEARCH.equals(path) || POST_PAGE.matcher(path).matches())) {
            return null;
        }
        String accept = header.apply("Accept");
        return path + '?' + (query == null ? "" : query) + '|' + (accept == null ? "" : accept) + '|'
                + header.apply("Host") + ' ' + header.apply("X-Forwarded-Host") + ' '
                + header.apply("X-Forwarded-Proto") + ' ' + header.apply("Forwarded");
    }

    public long generation() {
        return generation.get();
    }

    /** Stores the answer unless content changed since {@code generationAtStart}, when the request began. */
    public void store(String key, long generationAtStart, byte[] body, List<Map.Entry<String, String>> headers, String etag) {
        String path = key.substring(0, key.indexOf('?'));
        Duration keptFor = keptFor(path);
        if (!enabled() || keptFor.isNegative() || keptFor.isZero() || generation.get() != generationAtStart) {
            return;
        }
        Matcher postPage = POST_PAGE.matcher(path);
        Stored stored = new Stored(body, headers, etag, postPage.matches() ? postPage.group(1) : null, System.nanoTime(),
                keptFor.toNanos());
        entries().put(key, stored);
        // a change may have come between the check and the put: its forget* bumped the generation first
        if (generation.get() != generationAtStart) {
            entries().asMap().remove(key, stored);
        }
    }

    /** A change to one post: its own page, and every list, go. */
    public void forgetPost(String slug) {
        generation.incrementAndGet();
        if (entries != null) {
            entries.asMap().values().removeIf(stored -> stored.postSlug() == null || stored.postSlug().equals(slug));
        }
    }

    public void forgetAll() {
        generation.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    // After the CORS filter (priority 300) and authentication (200), so that hits carry CORS headers too.
    void register(@Observes Filters filters) {
        filters.register(this::serve, 10);
    }

    private void serve(RoutingContext context) {
        Stored stored = enabled() ? find(context) : null;
        if (stored == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.putHeader(HIT_HEADER, "hit");
        // how long it has been kept, so that downstream caches count max-age from when it was made
        response.putHeader("Age", Long.toString((System.nanoTime() - stored.storedAtNanos()) / 1_000_000_000L));
        stored.headers().forEach(header -> response.headers().add(header.getKey(), header.getValue()));
        if (HttpCaching.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), stored.etag())) {
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
        } else {
            response.setStatusCode(200).end(Buffer.buffer(stored.body()));
        }
    }

    private Stored find(RoutingContext context) {
        HttpServerRequest request = context.request();
        String key = keyOf(request.method() == HttpMethod.GET ? "GET" : "", request.path(), request.query(),
                request::getHeader);
        if (key == null) {
            return null;
        }
        Stored stored = entries == null ? null : entries.getIfPresent(key);
        (stored == null ? misses : hits).increment();
        return stored;
    }

    /** The max-age every client is told; a search answer for less (roundup.search.answers-kept-for). */
    private Duration keptFor(String path) {
        return keptFor(path, config.http().cache().maxAge(), config.search().answersKeptFor());
    }

    static Duration keptFor(String path, Duration maxAge, Duration searchAnswers) {
        if (!SEARCH.equals(path)) {
            return maxAge;
        }
        return searchAnswers.compareTo(maxAge) < 0 ? searchAnswers : maxAge;
    }

    private boolean enabled() {
        return config.http().responseCache().enabled();
    }

    private Cache<String, Stored> entries() {
        Cache<String, Stored> cache = entries;
        if (cache == null) {
            synchronized (this) {
                if (entries == null) {
                    RoundupConfig.Http.ResponseCache settings = config.http().responseCache();
                    entries = Caffeine.newBuilder()
                            .expireAfter(
                                    Expiry.<String, Stored>writing((key, stored) -> Duration.ofNanos(stored.keptForNanos())))
                            .maximumWeight(settings.maxSize().asLongValue())
                            .<String, Stored>weigher((key, stored) -> stored.body().length + 512).build();
                }
                cache = entries;
            }
        }
        return cache;
    }
}

package dev.roundup.frontend;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.roundup.common.RoundupConfig;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the reference frontend at {@code /} when {@code roundup.frontend.enabled} is true (dev mode and tests; off in
 * production). The build packs the repository's {@code frontend/} into the jar under {@code frontend/}, not under
 * {@code META-INF/resources}, which Quarkus would always serve. Vert.x resolves that relative folder on disk first
 * and in the jar otherwise, so dev mode (run from the repository) serves the files as they are edited.
 * <p>
 * Only {@code /}, {@code /index.html} and {@code /assets/...} are routed here: the API, {@code /q}, the feeds and
 * the calendar never reach it, and anything else stays the REST layer's 404 problem.
 */
public class FrontendRoutes {

    static final String ROOT = "frontend";
    static final String PATHS = "/(?:index\\.html|assets/[^?]+)?";

    @Inject
    RoundupConfig config;

    void register(@Observes Router router) {
        if (config.frontend().enabled()) {
            mount(router, LaunchMode.current() == LaunchMode.DEVELOPMENT);
        }
    }

    /** {@code editing}: the files may change while the service runs, so none of their metadata is cached. */
    static void mount(Router router, boolean editing) {
        StaticHandler files = StaticHandler.create(ROOT).setIndexPage("index.html").setDefaultContentEncoding("UTF-8")
                .setFilesReadOnly(!editing).setCachingEnabled(!editing).setIncludeHidden(false)
                .setDirectoryListing(false);
        // before the REST layer, which answers every path it does not know with a 404 problem
        router.routeWithRegex(PATHS).order(-1).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(FrontendRoutes::revalidate).handler(files);
    }

    /**
     * The files carry no version in their names, so a browser asks again each time (If-Modified-Since, usually a
     * 304) instead of keeping an old app.js next to a new index.html for a day.
     */
    private static void revalidate(RoutingContext context) {
        context.addHeadersEndHandler(ended -> context.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache"));
        context.next();
    }
}

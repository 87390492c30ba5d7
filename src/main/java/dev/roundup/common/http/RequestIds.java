package dev.roundup.common.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, a new UUID otherwise.
 * It goes back in the response and into the log context ({@code requestId}) of everything the request does.
 * A Vert.x route rather than a REST filter, so that health, metrics and errors before REST get one too.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    // Ids end up in logs: printable, bounded, no separators a log parser could trip over.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    private void tag(RoutingContext context) {
        String id = idFor(context.request().getHeader(HEADER));
        MDC.put(LOG_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    static String idFor(String requested) {
        return requested != null && SANE.matcher(requested).matches() ? requested : UUID.randomUUID().toString();
    }
}

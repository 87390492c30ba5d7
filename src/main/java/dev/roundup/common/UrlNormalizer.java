package dev.roundup.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reduces a URL to the form used to recognise the same article twice: no scheme, no {@code www.},
 * no trailing slash, no fragment and no tracking parameters.
 */
public final class UrlNormalizer {

    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid",
            "mc_eid", "igshid", "ref", "ref_src", "source", "_hsenc", "_hsmi", "yclid", "sk", "cmpid");

    private UrlNormalizer() {
    }

    public static String normalize(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
        StringBuilder normalized = new StringBuilder(hostWithoutWww(uri));
        if (uri.getPort() != -1 && uri.getPort() != 80 && uri.getPort() != 443) {
            normalized.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        normalized.append(path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            normalized.append('?').append(query);
        }
        return normalized.toString();
    }

    /** The host of a web URL without {@code www.}, or empty for mail addresses, relative or broken URLs. */
    public static Optional<String> domainOf(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(hostWithoutWww(uri));
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String hostWithoutWww(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }
}

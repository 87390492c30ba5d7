package dev.roundup.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Public addresses on the blog, as Hugo makes them. */
@ApplicationScoped
public class SiteUrls {

    @Inject
    RoundupConfig config;

    public String post(String slug) {
        return post(config.site().baseUrl(), slug);
    }

    public static String post(String baseUrl, String slug) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/post/" + slug + "/";
    }
}

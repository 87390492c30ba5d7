package dev.roundup.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/** Renders a feed page as RSS 2.0 and Atom 1.0 (with ROME) or JSON Feed 1.1 (with Jackson). */
@ApplicationScoped
public class FeedWriter {

    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";
    public static final String JSON_FEED = "application/feed+json";
    static final String JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

    @Inject
    ObjectMapper json;

    public String rss(Feed feed, FeedLinks links) {
        return xml(feed, links, "rss_2.0");
    }

    public String atom(Feed feed, FeedLinks links) {
        return xml(feed, links, "atom_1.0");
    }

    public String json(Feed feed, FeedLinks links) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", JSON_FEED_VERSION);
        document.put("title", feed.title());
        document.put("home_page_url", feed.homeUrl());
        document.put("feed_url", links.first());
        document.put("description", feed.description());
        if (links.next() != null) {
            document.put("next_url", links.next());
        }
        document.put("language", "en");
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", item.id());
            entry.put("url", item.url());
            putIfPresent(entry, "external_url", item.externalUrl());
            entry.put("title", item.title());
            entry.put("content_html", item.contentHtml());
            putIfPresent(entry, "summary", item.summary());
            putIfPresent(entry, "image", item.image());
            entry.put("date_published", item.published().toString());
            entry.put("date_modified", item.modified().toString());
            if (item.author() != null) {
                entry.put("authors", List.of(Map.of("name", item.author())));
            }
            if (!item.tags().isEmpty()) {
                entry.put("tags", item.tags());
            }
            items.add(entry);
        }
        document.put("items", items);
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    private static void putIfPresent(Map<String, Object> entry, String key, String value) {
        if (value != null) {
            entry.put(key, value);
        }
    }

    private static String xml(Feed feed, FeedLinks links, String type) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(type);
        syndFeed.setTitle(feed.title());
        syndFeed.setDescription(feed.description());
        syndFeed.setLink(feed.homeUrl());
        syndFeed.setUri(links.first());
        syndFeed.setLanguage("en");
        syndFeed.setGenerator("Roundup API");
        feed.lastModified().ifPresent(modified -> syndFeed.setPublishedDate(Date.from(modified.toInstant())));
        List<SyndLink> feedLinks = new ArrayList<>();
        feedLinks.add(link("self", links.self(), type.startsWith("atom") ? FeedWriter.ATOM : FeedWriter.RSS));
        feedLinks.add(link("alternate", feed.homeUrl(), "text/html"));
        feedLinks.add(link("first", links.first(), null));
        if (links.next() != null) {
            feedLinks.add(link("next", links.next(), null));
        }
        if (links.previous() != null) {
            feedLinks.add(link("previous", links.previous(), null));
        }
        syndFeed.setLinks(feedLinks);
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            entries.add(entry(item));
        }
        syndFeed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(syndFeed);
        } catch (FeedException e) {
            throw new IllegalStateException("a feed built from stored posts is always complete", e);
        }
    }

    private static SyndEntry entry(FeedItem item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(item.id());
        entry.setLink(item.url());
        entry.setTitle(item.title());
        if (item.author() != null) {
            entry.setAuthor(item.author());
        }
        entry.setPublishedDate(Date.from(item.published().toInstant()));
        entry.setUpdatedDate(Date.from(item.modified().toInstant()));
        if (item.summary() != null) {
            entry.setDescription(content("text/plain", item.summary()));
        }
        entry.setContents(List.of(content("html", item.contentHtml())));
        List<SyndCategory> categories = new ArrayList<>();
        for (String tag : item.tags()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag);
            categories.add(category);
        }
        entry.setCategories(categories);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", item.url(), "text/html"));
        if (item.externalUrl() != null) {
            links.add(link("related", item.externalUrl(), "text/html"));
        }
        entry.setLinks(links);
        if (item.image() != null) {
            SyndEnclosure image = new SyndEnclosureImpl();
            image.setUrl(item.image());
            image.setType(imageType(item.image()));
            image.setLength(0);
            entry.setEnclosures(List.of(image));
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String relation, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(relation);
        link.setHref(href);
        if (type != null) {
            link.setType(type);
        }
        return link;
    }

    private static String imageType(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        if (lower.endsWith(".webp")) {
            return "image/webp";
        }
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "image/jpeg";
    }
}

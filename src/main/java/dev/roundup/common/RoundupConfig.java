package dev.roundup.common;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The service's own settings, under the {@code roundup.} prefix (environment: {@code ROUNDUP_...}). */
@ConfigMapping(prefix = "roundup")
public interface RoundupConfig {

    Site site();

    /** Directories of Hugo content imported at start-up. */
    @WithName("import-dir")
    Optional<List<Path>> importDirs();

    /** Remove the posts whose source file disappeared from an imported directory. */
    @WithDefault("false")
    boolean importSync();

    /** Connections that write posts at once during an import; parsing uses every core besides. */
    @WithName("import-writers")
    @WithDefault("2")
    int importWriters();

    /**
     * A first import (into a database without posts) of at least this many files is written in bulk: one
     * transaction, indexes and keys built once at the end. 0 writes every import post by post.
     */
    @WithName("import-bulk-from")
    @WithDefault("200")
    int importBulkFrom();

    Demo demo();

    Reading reading();

    Http http();

    Database database();

    Events events();

    Feed feed();

    Search search();

    Frontend frontend();

    interface Site {
        /** Public address of the blog, without a trailing slash. */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        @WithDefault("Roundup API")
        String title();

        @WithDefault("Weekly link roundups")
        String description();

        /** The zone of dates written without an offset (e.g. {@code Date: 2026-08-19}): Europe/Berlin, UTC... */
        @WithDefault("UTC")
        ZoneId zone();
    }

    interface Demo {
        /** Load the demo roundups that ship with the service. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Database {
        /** Drop every object of the schema before migrating it: for the tests' database only. */
        @WithDefault("false")
        boolean cleanAtStart();
    }

    interface Http {
        Cache cache();

        ResponseCache responseCache();

        interface ResponseCache {
            /**
             * Whether whole public answers of the hottest reads (post list, post, tag and section lists, searches)
             * are kept and served before the REST layer, for at most the cache max-age.
             */
            @WithDefault("true")
            boolean enabled();

            /** The bytes those answers may take. */
            @WithDefault("64M")
            MemorySize maxSize();
        }

        interface Cache {
            /** How long shared caches and browsers may serve a public GET without asking again. */
            @WithDefault("60s")
            Duration maxAge();

            /** How long after that they may still serve it while they revalidate in the background. */
            @WithDefault("300s")
            Duration staleWhileRevalidate();
        }
    }

    interface Events {
        /** How far back the calendar feed reaches: events that ended within this time stay in it. */
        @WithDefault("P90D")
        Duration calendarPast();

        /** How often calendar clients should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
        @WithDefault("PT12H")
        Duration calendarRefresh();
    }

    interface Feed {
        /** Items per feed page. */
        @WithDefault("20")
        int size();
    }

    interface Search {
        /**
         * How long a search's whole answer is kept and served before the REST layer (common.http.ResponseCache);
         * 0 keeps none, and never longer than the HTTP max-age.
         */
        @WithDefault("5s")
        Duration answersKeptFor();
    }

    interface Frontend {
        /** Serve the reference frontend (frontend/ of the repository, packed into the jar) at {@code /}. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Reading {
        @WithDefault("220")
        int wordsPerMinute();
    }
}

package org.e2e.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of this service (prefix {@code e2e}). */
@ConfigMapping(prefix = "e2e")
public interface ServiceConfig {

    Content content();

    Database database();

    interface Database {
        /**
         * The PostgreSQL schema the service owns: Flyway creates and migrates it, Hibernate validates it, and every
         * connection (the pool's and the LISTEN connection) has it as its current schema, so native queries and
         * triggers find their tables. A plain lower-case identifier.
         */
        @WithDefault("e2e")
        @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}", message = "must be a plain lower-case PostgreSQL identifier")
        String schema();
    }

    /**
     * The absolute URL this service is reached at by browsers and other apps: embed, oEmbed and CASE URIs and the
     * links in webhook events are built from it.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    Embed embed();

    interface Embed {
        /**
         * Origins of the district portals allowed to frame the embed cards (CSP frame-ancestors) and to call
         * /api/* from a browser (CORS), e.g. https://portal.district.example. Empty: same origin only.
         */
        Optional<List<String>> portalOrigins();

        /** How long consumers may cache an oEmbed answer, in seconds. */
        @WithDefault("3600")
        int oembedCacheAge();
    }

    Authoring authoring();

    Cache cache();

    Paging paging();

    interface Paging {
        /**
         * Deepest offset (items skipped) a resource list or search page may reach; a deeper page is a 400 asking
         * for narrower filters. Bounded offsets keep every page as cheap as the first.
         */
        @WithDefault("10000")
        int maxOffset();
    }

    interface Cache {
        /** Upper bound, in bytes, of the precomputed published representations held in memory. */
        @WithDefault("67108864")
        long maxBytes();

        /** How long clients and CDNs may reuse a "latest" answer (Cache-Control max-age). */
        @WithDefault("PT60S")
        Duration latestMaxAge();

        /** How long clients and CDNs may reuse an answer for a pinned version (sent with "immutable"). */
        @WithDefault("P365D")
        Duration pinnedMaxAge();

        /** Whether an event-loop route answers cache hits before JAX-RS (the fast path). */
        @WithDefault("true")
        boolean fastRoute();

        /** How long the LISTEN connection waits before it reconnects after losing the database. */
        @WithDefault("PT1S")
        Duration listenerReconnectDelay();
    }

    Webhooks webhooks();

    Search search();

    interface Search {
        /**
         * Directory the search index (org.e2e.discovery) is kept in, memory-mapped. At startup an index there whose
         * content generation matches the database is reopened as it is; a stale one is brought up to date and an
         * unreadable one rebuilt. Unset: a temporary directory, built at every start and deleted at shutdown.
         */
        Optional<Path> indexDir();

        /** How long a discovery request waits for the first index build before it is answered 503. */
        @WithDefault("PT60S")
        Duration readyWait();

        /** Upper bound, in bytes, of the precomputed discovery answers (search, suggestions, library pages). */
        @WithDefault("33554432")
        long cacheMaxBytes();

        /** Most distinct words and phrases a query may have; more is a 400. */
        @WithDefault("32")
        int maxTerms();
    }

    Replica replica();

    interface Replica {
        /**
         * After the read replica failed to answer, how long reads use the primary before the replica is tried
         * again (the replica itself is configured as the datasource "replica").
         */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    interface Content {
        /** Classpath locations of the content packages loaded at startup when absent from the database. */
        @WithDefault("content/e2e-relationships-1.0.0.json")
        List<String> packages();

        /** Classpath locations of the resource packages loaded at startup, each resource when absent. */
        @WithDefault("content/resources-1.0.0.json")
        List<String> resourcePackages();

        /** Whether startup loads the packages at all. */
        @WithDefault("true")
        boolean loadAtStartup();
    }

    interface Authoring {
        /** Largest content package, in bytes, that POST .../versions/import accepts; a larger body is a 413. */
        @WithDefault("1048576")
        long maxImportBytes();
    }

    interface Webhooks {
        /** Whether this instance delivers webhook events from the outbox. */
        @WithDefault("true")
        boolean deliveryEnabled();

        /** How often the outbox is polled for due events (also read by the scheduler as e2e.webhooks.poll-interval). */
        @WithDefault("5s")
        String pollInterval();

        /** How many due events one delivery round takes. */
        @WithDefault("20")
        int batchSize();

        /** The wait before the first retry; each further retry waits twice as long. */
        @WithDefault("PT10S")
        Duration backoffBase();

        /** The longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration backoffMax();

        /** Attempts after which an event is given up as failed. */
        @WithDefault("10")
        int maxAttempts();

        /** Connect and response timeout of one delivery. */
        @WithDefault("PT5S")
        Duration timeout();

        /**
         * Exceptions to the webhook address rules: host names, matched as written in the subscriber's URL (e.g.
         * hooks.internal.example or 127.0.0.1), and address blocks in CIDR notation (e.g. 10.20.0.0/16), which allow
         * any host resolving into them. Empty: only public addresses.
         */
        Optional<List<String>> allowedTargets();
    }
}

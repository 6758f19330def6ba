package org.e2e.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of this service (prefix {@code e2e}). */
@ConfigMapping(prefix = "e2e")
public interface ServiceConfig {

    Content content();

    /** The absolute URL this service is reached at by browsers and other apps; embed and oEmbed URLs use it. */
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
}

package org.e2e.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of this service (prefix {@code e2e}). */
@ConfigMapping(prefix = "e2e")
public interface ServiceConfig {

    Content content();

    interface Content {
        /** Classpath locations of the content packages loaded at startup when absent from the database. */
        @WithDefault("content/e2e-relationships-1.0.0.json")
        List<String> packages();

        /** Whether startup loads the packages at all. */
        @WithDefault("true")
        boolean loadAtStartup();
    }
}

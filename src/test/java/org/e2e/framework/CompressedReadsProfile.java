package org.e2e.framework;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * {@link CompressedReadsTest} counts SQL statements across the application (so webhook delivery is off) and warms
 * the published cache: a profile of its own keeps that from changing what {@link PublishedCacheTest} measures.
 */
public class CompressedReadsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("e2e.webhooks.delivery-enabled", "false");
    }
}

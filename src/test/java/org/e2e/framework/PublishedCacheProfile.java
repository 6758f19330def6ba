package org.e2e.framework;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The cache tests count SQL statements across the whole application, so nothing may run in the background: webhook
 * delivery is off. A profile of its own also gives them a freshly created database, into which they load a large
 * generated version of the framework.
 */
public class PublishedCacheProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("e2e.webhooks.delivery-enabled", "false");
    }
}

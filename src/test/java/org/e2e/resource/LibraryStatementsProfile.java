package org.e2e.resource;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * {@link LibraryStatementsTest} counts SQL statements across the whole application and grows the library by
 * thousands of resources: background work (webhook delivery) is off, and a profile of its own gives it a freshly
 * created database that no other test reads.
 */
public class LibraryStatementsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("e2e.webhooks.delivery-enabled", "false");
    }
}

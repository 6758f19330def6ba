package org.e2e.discovery;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The index lifecycle test publishes and deprecates: a profile of its own gives it a fresh database. */
public class IndexLifecycleProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("e2e.webhooks.delivery-enabled", "false");
    }
}

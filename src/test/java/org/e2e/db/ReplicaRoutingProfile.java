package org.e2e.db;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The "replica" datasource set to the test database itself: a server that is not in recovery is never behind, so
 * every published read may use it, and the tests see each request's routing decision in the metric. Nothing runs
 * in the background (webhook delivery off), so the counts are exact. A fresh database of its own, too.
 */
public class ReplicaRoutingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.\"replica\".jdbc.url", "${quarkus.datasource.jdbc.url}",
                "e2e.webhooks.delivery-enabled", "false");
    }
}

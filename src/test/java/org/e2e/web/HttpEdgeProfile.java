package org.e2e.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The raw-socket suite: a body that stops arriving times out after 2 s instead of 30 s. */
public class HttpEdgeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.read-timeout", "2s");
    }
}

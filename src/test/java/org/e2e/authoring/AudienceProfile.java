package org.e2e.authoring;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Bearer tokens must name this service in {@code aud}: the optional {@code mp.jwt.verify.audiences} is set. */
public class AudienceProfile implements QuarkusTestProfile {

    static final String AUDIENCE = "https://e2e.example.test/api";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.jwt.verify.audiences", AUDIENCE, "e2e.webhooks.delivery-enabled", "false");
    }
}

package org.e2e.authoring;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The authoring tests publish and deprecate versions, which changes what "latest" is. They run under a profile of
 * their own, so Quarkus starts them after the read-only tests on a freshly created database.
 */
public class AuthoringProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("e2e.authoring.max-import-bytes", "200000");
    }
}

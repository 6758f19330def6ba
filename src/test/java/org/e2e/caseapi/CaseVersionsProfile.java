package org.e2e.caseapi;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The CASE version tests publish 1.1.0 and deprecate 1.0.0: a profile of their own gives them a fresh database. */
public class CaseVersionsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("e2e.webhooks.delivery-enabled", "false");
    }
}

package org.e2e.web;

import io.quarkus.test.junit.QuarkusTestProfile;

/** {@link SpreadsheetApiTest} authors and publishes content: a profile of its own gives it a fresh database. */
public class SpreadsheetProfile implements QuarkusTestProfile {
}

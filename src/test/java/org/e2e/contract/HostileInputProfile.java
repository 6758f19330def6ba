package org.e2e.contract;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The hostile-input suite writes (drafts, nodes, resources, webhooks): it runs under a profile of its own, so Quarkus
 * starts it on a freshly created database and no other test sees what it wrote.
 */
public class HostileInputProfile implements QuarkusTestProfile {
}

package org.e2e.framework;

import java.util.UUID;

/**
 * Fired (synchronously, as a CDI event) when a version's release state changed on this instance: it was published
 * or deprecated. Caches of derived representations (the CASE packages) observe it to drop what they built from the
 * version.
 */
public record VersionReleaseChanged(UUID versionId) {
}

package org.e2e.framework;

/**
 * Fired (synchronously, as a CDI event) on every instance when published content changed somewhere: a version of
 * {@code framework} was published or deprecated, the library's resources changed ({@code
 * published.PublishedChanges.RESOURCES}), or, when {@code framework} is null, anything may have changed (the instance
 * missed notifications). Caches of derived representations, such as the CASE packages, observe it.
 */
public record PublishedContentChanged(String framework) {
}

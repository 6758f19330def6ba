package org.e2e.resource;

/**
 * Fired (synchronously, as a CDI event) when a resource was published on this instance. Representations derived
 * from resources, such as the CASE packages that relate items to resources, observe it to drop what they built.
 */
public record ResourcePublished(String slug) {
}

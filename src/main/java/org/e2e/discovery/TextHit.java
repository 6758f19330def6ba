package org.e2e.discovery;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.Crumb;

/**
 * A search hit as the engine finds it: a framework node (kind layer, element, category or action, with its
 * framework, version and breadcrumb) or a resource (kind resource, no framework), its score and its snippet (HTML
 * escaped, every matched word in {@code <mark>}).
 */
public record TextHit(String kind, UUID id, String slug, String title, String snippet, float score, String framework,
        String version, List<Crumb> path) {
}

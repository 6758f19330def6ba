package org.e2e.discovery;

import java.util.Set;

/**
 * A search: the query, the kinds searched (layer, element, category, action, resource; empty: all), the frameworks
 * whose nodes are searched (empty: all, with the resources), the page and the facets to count.
 */
public record TextRequest(String q, Set<String> kinds, Set<String> frameworks, int offset, int limit, Set<String> facets) {

    public static final Set<String> KINDS = Set.of("layer", "element", "category", "action", "resource");
    /** The facets a search can count. */
    public static final Set<String> FACETS = Set.of("type", "framework");
}
